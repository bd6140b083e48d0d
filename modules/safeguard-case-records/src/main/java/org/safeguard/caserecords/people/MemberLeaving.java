package org.safeguard.caserecords.people;

import java.time.LocalDate;
import java.util.Optional;

import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;

/**
 * A member leaves a household: the date is history (who lived with the child, and when), so it
 * must be a real date, not in the future, and not before they moved in.
 */
public final class MemberLeaving {

    static final String LEFT_ON = "leftOn";

    private MemberLeaving() {
    }

    /** The leaving date when valid; otherwise empty with the reason in {@code errors}. */
    public static Optional<LocalDate> validate(String day, String month, String year, LocalDate joinedOn,
                                               LocalDate today, FormErrors errors) {
        Optional<LocalDate> leftOn = FormDates.parse(LEFT_ON, "date they left", day, month, year, true, errors);
        if (leftOn.isEmpty()) {
            return Optional.empty();
        }
        if (leftOn.get().isAfter(today)) {
            errors.add(LEFT_ON + "Day", "Date they left must be today or in the past");
            return Optional.empty();
        }
        if (leftOn.get().isBefore(joinedOn)) {
            errors.add(LEFT_ON + "Day", "Date they left must be on or after the date they moved in, "
                    + joinedOn.getDayOfMonth() + " " + monthName(joinedOn) + " " + joinedOn.getYear());
            return Optional.empty();
        }
        return leftOn;
    }

    private static String monthName(LocalDate date) {
        String name = date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
        return name;
    }
}
