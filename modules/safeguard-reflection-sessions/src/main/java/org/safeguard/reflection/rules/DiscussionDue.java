package org.safeguard.reflection.rules;

import java.time.LocalDate;

/**
 * When a family is next due for discussion: one interval after it was last discussed, or, never
 * discussed, one interval after its case opened (a family new to the team gets one interval's
 * grace, as a newly allocated case gets time before its first visit).
 */
public final class DiscussionDue {

    private DiscussionDue() {
    }

    /**
     * @param lastDiscussedOn null: never discussed
     * @param openSince       the earliest opening date of the family's open cases
     */
    public static LocalDate dueOn(LocalDate lastDiscussedOn, LocalDate openSince, int intervalDays) {
        LocalDate from = lastDiscussedOn != null ? lastDiscussedOn : openSince;
        return from.plusDays(intervalDays);
    }
}
