package org.safeguard.corporateparenting.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.safeguard.corporateparenting.model.PlacementChangeReason;

/**
 * The placement stability indicator the seeds report ("children in care with 3+ placements" in the
 * last 12 months, 10% in Cambridgeshire against 12% for statistical neighbours, ~7% where good:
 * seed 001), counted as the DfE counts its short-term stability measure from the SSDA903 return:
 * of the children in care on the day, those with three or more placements during the twelve
 * months ending that day.
 *
 * <p>Exactly:
 * <ul>
 * <li>the window is the twelve months ending on the day, both ends included (for 4 March 2026:
 * 5 March 2025 to 4 March 2026);</li>
 * <li>a placement counts when it was open on any day of the window: the one the child was already
 * in when the window began counts, as does one that ended on its first day or began on its last;
 * one that ended the day before, or starts after the day, does not;</li>
 * <li>placements in an earlier period of care that fall in the window count too;</li>
 * <li>a change of the placement's status only, the child staying with the same carer (reason
 * PLACE), is not a new placement: the child did not move;</li>
 * <li>so three placements are two moves for a child in care all year, but three moves' worth of
 * disruption for a child who came into care during it: the measure counts placements, not moves.</li>
 * </ul>
 */
public final class PlacementStability {

    public static final int THRESHOLD = 3;

    /** A placement as the indicator sees it. */
    public record Stay(LocalDate startedOn, LocalDate endedOn, PlacementChangeReason changeReason) {}

    private PlacementStability() {
    }

    public static LocalDate windowStart(LocalDate on) {
        return on.minusYears(1).plusDays(1);
    }

    /** Placements during the twelve months ending {@code on}, for one child (all their periods of care). */
    public static int placementsInYear(List<Stay> stays, LocalDate on) {
        LocalDate from = windowStart(on);
        List<Stay> sorted = new ArrayList<>(stays);
        sorted.sort(Comparator.comparing(Stay::startedOn));
        int count = 0;
        Stay previous = null;
        for (Stay stay : sorted) {
            boolean inWindow = !stay.startedOn().isAfter(on) && (stay.endedOn() == null || !stay.endedOn().isBefore(from));
            if (inWindow) {
                boolean sameCarer = previous != null && previous.changeReason() == PlacementChangeReason.STATUS_ONLY
                        && counted(previous, from, on) && stay.startedOn().equals(previous.endedOn());
                if (!sameCarer) {
                    count++;
                }
            }
            previous = stay;
        }
        return count;
    }

    private static boolean counted(Stay stay, LocalDate from, LocalDate on) {
        return !stay.startedOn().isAfter(on) && (stay.endedOn() == null || !stay.endedOn().isBefore(from));
    }

    /** Moves in the window: placements started in it that follow another placement (not a status change). */
    public static int movesInYear(List<Stay> stays, LocalDate on) {
        LocalDate from = windowStart(on);
        List<Stay> sorted = new ArrayList<>(stays);
        sorted.sort(Comparator.comparing(Stay::startedOn));
        int moves = 0;
        for (int i = 1; i < sorted.size(); i++) {
            Stay stay = sorted.get(i);
            Stay before = sorted.get(i - 1);
            boolean started = !stay.startedOn().isBefore(from) && !stay.startedOn().isAfter(on);
            boolean moved = stay.startedOn().equals(before.endedOn()) && before.changeReason() != PlacementChangeReason.STATUS_ONLY;
            if (started && moved) {
                moves++;
            }
        }
        return moves;
    }

    /** The service's figure: of the children in care on the day, how many had three or more placements. */
    public record Indicator(int childrenInCare, int withThreeOrMore) {

        public int percent() {
            return childrenInCare == 0 ? 0 : Math.round(100f * withThreeOrMore / childrenInCare);
        }
    }

    /** @param staysOfChildrenInCare one entry per child in care on the day: their placements */
    public static Indicator indicator(Map<Long, List<Stay>> staysOfChildrenInCare, LocalDate on) {
        int flagged = 0;
        for (List<Stay> stays : staysOfChildrenInCare.values()) {
            if (placementsInYear(stays, on) >= THRESHOLD) {
                flagged++;
            }
        }
        return new Indicator(staysOfChildrenInCare.size(), flagged);
    }
}
