package org.safeguard.corporateparenting.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Where a due date stands today, and how pages say it. "Due soon" is within two weeks. */
public enum Timescale {
    OVERDUE("Overdue", "govuk-tag--red"),
    DUE_SOON("Due soon", "govuk-tag--yellow"),
    UPCOMING("Not due yet", "govuk-tag--grey");

    public static final int DUE_SOON_DAYS = 14;

    private final String label;
    private final String tagClass;

    Timescale(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public static Timescale of(LocalDate dueOn, LocalDate today) {
        if (dueOn.isBefore(today)) {
            return OVERDUE;
        }
        return !dueOn.isAfter(today.plusDays(DUE_SOON_DAYS)) ? DUE_SOON : UPCOMING;
    }

    /** "3 days overdue", "Due today", "In 5 days". */
    public static String inWords(LocalDate dueOn, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, dueOn);
        if (days == 0) {
            return "Due today";
        }
        if (days < 0) {
            return -days + (days == -1 ? " day" : " days") + " overdue";
        }
        return "In " + days + (days == 1 ? " day" : " days");
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }
}
