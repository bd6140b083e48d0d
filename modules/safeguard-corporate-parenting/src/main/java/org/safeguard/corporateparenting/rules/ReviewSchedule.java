package org.safeguard.corporateparenting.rules;

import java.time.LocalDate;
import java.util.List;

import org.safeguard.caserecords.api.WorkingDays;

/**
 * When a child in care's next review is due (Care Planning, Placement and Case Review (England)
 * Regulations 2010, reg. 33): the first within 20 working days of the day they came into care,
 * the second within three months of the first, then at intervals of not more than six months.
 * Counted per period of care: a child who comes back into care starts again with a first review.
 * Months are calendar months (31 August + 3 months is 30 November); working days come from case
 * records' calendar, bank holidays included.
 */
public final class ReviewSchedule {

    public static final int FIRST_REVIEW_WORKING_DAYS = 20;
    public static final int SECOND_REVIEW_MONTHS = 3;
    public static final int LATER_REVIEW_MONTHS = 6;

    private ReviewSchedule() {
    }

    /** @param held the dates of the reviews held in this period of care, any order */
    public static LocalDate nextDue(LocalDate cameIntoCare, List<LocalDate> held, WorkingDays workingDays) {
        if (held.isEmpty()) {
            return workingDays.plusWorkingDays(cameIntoCare, FIRST_REVIEW_WORKING_DAYS);
        }
        LocalDate last = held.stream().max(LocalDate::compareTo).orElseThrow();
        return held.size() == 1 ? last.plusMonths(SECOND_REVIEW_MONTHS) : last.plusMonths(LATER_REVIEW_MONTHS);
    }

    /** "First review", "Second review", "Review": what the next one is called. */
    public static String nextName(int held) {
        return held == 0 ? "First review" : held == 1 ? "Second review" : "Review";
    }
}
