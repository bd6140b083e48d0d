package org.safeguard.corporateparenting.leavers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safeguard.corporateparenting.care.EpisodeForms;
import org.safeguard.corporateparenting.model.Accommodation;
import org.safeguard.corporateparenting.model.Activity;
import org.safeguard.corporateparenting.web.FormValues;
import org.safeguard.corporateparenting.web.Staff;
import org.safeguard.platform.api.web.FormErrors;

/** The rules of the leaving care support form and the pathway plan review. Pure. */
public final class LeaverForm {

    public static final String[] FIELDS = {"adviser", "accommodation", "suitable", "activity", "supportTo25"};
    public static final String NONE = "none";

    private LeaverForm() {
    }

    public record Valid(Optional<Staff.Member> adviser, LocalDate pathwayPlanOn, Accommodation accommodation,
                        Boolean suitable, Activity activity, boolean supportTo25) {}

    public static Optional<Valid> validate(FormValues form, List<Staff.Member> advisers, LocalDate dateOfBirth,
                                           LocalDate today, FormErrors errors) {
        Optional<Staff.Member> adviser = Optional.empty();
        String chosen = form.get("adviser");
        if (!chosen.isEmpty() && !NONE.equals(chosen)) {
            adviser = advisers.stream().filter(m -> String.valueOf(m.userId()).equals(chosen)).findFirst();
            if (adviser.isEmpty()) {
                errors.add("adviser", "Select a personal adviser from the list");
            }
        }
        Optional<LocalDate> plan = form.pastDate("pathwayPlanOn", "date of the pathway plan", false, today, errors);
        if (plan.isPresent() && plan.get().isBefore(dateOfBirth.plusYears(15).plusMonths(9))) {
            errors.add("pathwayPlanOnDay", "Date of the pathway plan must be after they turned 15 and 9 months, when planning begins");
        }
        Accommodation accommodation = null;
        if (!form.get("accommodation").isEmpty()) {
            accommodation = form.choice("accommodation", Accommodation.class, "Select where they live", errors).orElse(null);
        }
        Optional<Boolean> suitable = form.yesNo("suitable", "Select whether their accommodation is suitable",
                accommodation != null, errors);
        Activity activity = null;
        if (!form.get("activity").isEmpty()) {
            activity = form.choice("activity", Activity.class, "Select what they are doing", errors).orElse(null);
        }
        Optional<Boolean> to25 = form.yesNo("supportTo25", "Select yes if they have asked for support until they are 25",
                true, errors);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Valid(adviser, plan.orElse(null), accommodation,
                accommodation == null ? null : suitable.orElse(null), activity, to25.get()));
    }

    /** A pathway plan review: on or after the plan, not in the future. */
    public static Optional<LocalDate> review(FormValues form, LocalDate planOn, LocalDate today, FormErrors errors) {
        if (planOn == null) {
            errors.add("reviewedOnDay", "Record the pathway plan first: reviews follow it");
            return Optional.empty();
        }
        Optional<LocalDate> on = form.pastDate("reviewedOn", "date of the review", true, today, errors);
        if (on.isPresent() && on.get().isBefore(planOn)) {
            errors.add("reviewedOnDay", "Date of the review must be on or after " + EpisodeForms.SHOWN.format(planOn)
                    + ", the date of the pathway plan");
            return Optional.empty();
        }
        return on;
    }
}
