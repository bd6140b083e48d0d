package org.safeguard.corporateparenting.placements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.safeguard.corporateparenting.care.EpisodeForms;
import org.safeguard.corporateparenting.care.EpisodeRecord;
import org.safeguard.corporateparenting.model.Placement;
import org.safeguard.corporateparenting.model.PlacementChangeReason;
import org.safeguard.corporateparenting.model.PlacementType;
import org.safeguard.corporateparenting.rules.Money;
import org.safeguard.corporateparenting.web.FormValues;
import org.safeguard.fostering.api.CarerHousehold;
import org.safeguard.platform.api.web.FormErrors;

/**
 * A new placement as typed, and its rules. With fostering installed, a placement with the
 * authority's own foster carers or kinship carers may name one of fostering's approved households
 * that fits the child on the start date (it must still fit when saved); otherwise the carer is typed.
 */
public final class PlacementForm {

    public static final String[] FIELDS = {"placementType", "householdInHouse", "householdKinship", "provider", "carer",
            "weeklyCost", "longTerm", "changeReason"};
    public static final String OTHER = "other";
    public static final int NAME_MAX = 200;

    /** The placement to record, the household chosen from fostering (if any) and why the current one ends. */
    public record Valid(PlacementType type, Optional<CarerHousehold> household, String provider, String carer,
                        LocalDate startedOn, long weeklyPence, boolean longTerm, PlacementChangeReason changeReason) {}

    private PlacementForm() {
    }

    /** The field that names the household for a type: one per type, so the two reveals never share ids. */
    public static String householdField(PlacementType type) {
        return type == PlacementType.KINSHIP ? "householdKinship" : "householdInHouse";
    }

    /** Fostering's households a type may use: kinship approvals for kinship care, mainstream ones for the rest. */
    public static List<CarerHousehold> forType(List<CarerHousehold> households, PlacementType type) {
        boolean kinship = type == PlacementType.KINSHIP;
        return households.stream().filter(h -> h.approvalType() != null
                && h.approvalType().toLowerCase().startsWith("kinship") == kinship
                && (kinship || !h.approvalType().toLowerCase().startsWith("short"))).toList();
    }

    /**
     * @param offered what fostering offers for the typed start date (empty when fostering is absent)
     */
    public static Optional<Valid> validate(FormValues form, EpisodeRecord record, List<CarerHousehold> offered,
                                           LocalDate today, FormErrors errors) {
        Optional<PlacementType> type = form.choice("placementType", PlacementType.class, "Select the type of placement", errors);
        Optional<CarerHousehold> household = Optional.empty();
        if (type.isPresent() && type.get().fosteringCarers()) {
            String field = householdField(type.get());
            String chosen = form.get(field);
            if (!chosen.isEmpty() && !OTHER.equals(chosen)) {
                household = forType(offered, type.get()).stream().filter(h -> String.valueOf(h.id()).equals(chosen)).findFirst();
                if (household.isEmpty()) {
                    errors.add(field, "That household does not fit the child on the start date or has no room: choose another");
                }
            }
        }
        Optional<String> provider = form.text("provider", "Enter the provider", "Provider", NAME_MAX, true, errors);
        boolean carerNeeded = type.isPresent() && type.get() != PlacementType.RESIDENTIAL
                && type.get() != PlacementType.SUPPORTED_ACCOMMODATION && household.isEmpty()
                && !errors.has(type.map(PlacementForm::householdField).orElse(""));
        Optional<String> carer = form.text("carer", "Enter the carer's name", "Carer's name", NAME_MAX, carerNeeded, errors);
        Optional<LocalDate> start = form.pastDate("startedOn", "start date", true, today, errors);
        Optional<Placement> current = record.currentPlacement();
        if (start.isPresent()) {
            if (start.get().isBefore(record.episode().startedOn())) {
                errors.add("startedOnDay", "Start date must be on or after " + EpisodeForms.SHOWN.format(record.episode().startedOn())
                        + ", when they came into care");
            } else if (current.isPresent() && !start.get().isAfter(current.get().startedOn())) {
                errors.add("startedOnDay", "Start date must be after " + EpisodeForms.SHOWN.format(current.get().startedOn())
                        + ", when the current placement began");
            }
        }
        OptionalLong pence = OptionalLong.empty();
        if (form.get("weeklyCost").isBlank()) {
            errors.add("weeklyCost", "Enter the weekly cost, or 0 if it costs nothing");
        } else {
            pence = Money.parsePence(form.get("weeklyCost"));
            if (pence.isEmpty()) {
                errors.add("weeklyCost", "Weekly cost must be an amount in pounds, like 950 or 950.50");
            } else if (pence.getAsLong() > Money.MAX_WEEKLY_PENCE) {
                errors.add("weeklyCost", "Weekly cost must be " + Money.format(Money.MAX_WEEKLY_PENCE) + " or less");
            }
        }
        Optional<Boolean> longTerm = form.yesNo("longTerm", "Select yes if the placement is intended to last until they are 18",
                true, errors);
        PlacementChangeReason reason = null;
        if (current.isPresent()) {
            Optional<PlacementChangeReason> chosen = form.choice("changeReason", PlacementChangeReason.class,
                    "Select why the current placement is ending", errors);
            if (chosen.isPresent() && !chosen.get().chosenForChange()) {
                errors.add("changeReason", "Select why the current placement is ending");
            }
            reason = chosen.orElse(null);
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        String carerName = household.map(CarerHousehold::name).orElse(carer.orElse(null));
        return Optional.of(new Valid(type.get(), household, provider.get(), carerName, start.get(), pence.getAsLong(),
                longTerm.get(), reason));
    }
}
