package org.safeguard.fostering.rules;

import java.util.ArrayList;
import java.util.List;

import org.safeguard.fostering.model.ApprovalType;

/**
 * Free places by age band: a household with a free place counts in every band its approved ages
 * reach. Mainstream and short-break places are counted apart; kinship carers are approved for
 * particular children, so their places are never vacancies. Households whose review has lapsed
 * are left out, as matching leaves them out.
 */
public final class VacancySummary {

    public record Band(String label, int from, int to, int mainstreamHouseholds, int mainstreamPlaces,
                       int shortBreakHouseholds, int shortBreakPlaces) {}

    static final int[][] BANDS = {{0, 4}, {5, 10}, {11, 15}, {16, 17}};

    private VacancySummary() {
    }

    public static List<Band> of(List<HouseholdState> households) {
        List<Band> bands = new ArrayList<>();
        for (int[] band : BANDS) {
            int mainstreamHouseholds = 0;
            int mainstreamPlaces = 0;
            int shortBreakHouseholds = 0;
            int shortBreakPlaces = 0;
            for (HouseholdState state : households) {
                if (!state.available() || state.free() == 0
                        || state.terms().ageTo() < band[0] || state.terms().ageFrom() > band[1]) {
                    continue;
                }
                if (state.terms().type() == ApprovalType.MAINSTREAM) {
                    mainstreamHouseholds++;
                    mainstreamPlaces += state.free();
                } else if (state.terms().type() == ApprovalType.SHORT_BREAKS) {
                    shortBreakHouseholds++;
                    shortBreakPlaces += state.free();
                }
            }
            bands.add(new Band(band[0] + " to " + band[1], band[0], band[1], mainstreamHouseholds, mainstreamPlaces,
                    shortBreakHouseholds, shortBreakPlaces));
        }
        return bands;
    }
}
