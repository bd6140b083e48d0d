package org.safeguard.fostering.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Annual reviews: at intervals of not more than a year from approval or the last review (reg. 28). */
class ReviewScheduleTest {

    static final LocalDate APPROVED = LocalDate.of(2024, 3, 15);

    @Test
    void theFirstReviewIsDueTwelveMonthsAfterApprovalAndGoesToPanel() {
        assertEquals(LocalDate.of(2025, 3, 15), ReviewSchedule.due(APPROVED, List.of()));
        assertTrue(ReviewSchedule.firstReview(APPROVED, List.of()));
    }

    @Test
    void laterReviewsCountFromTheLastReviewMeeting() {
        List<LocalDate> reviews = List.of(LocalDate.of(2025, 2, 20), LocalDate.of(2026, 1, 30));
        assertEquals(LocalDate.of(2027, 1, 30), ReviewSchedule.due(APPROVED, reviews));
        assertFalse(ReviewSchedule.firstReview(APPROVED, reviews));
    }

    @Test
    void reviewsOfAnEarlierApprovalDoNotCountAfterReApproval() {
        LocalDate reApproved = LocalDate.of(2026, 6, 1);
        List<LocalDate> old = List.of(LocalDate.of(2025, 2, 20));
        assertEquals(LocalDate.of(2027, 6, 1), ReviewSchedule.due(reApproved, old));
        assertTrue(ReviewSchedule.firstReview(reApproved, old));
    }

    @Test
    void aLeapDayApprovalFallsDueOnTheLastDayOfFebruary() {
        assertEquals(LocalDate.of(2025, 2, 28), ReviewSchedule.due(LocalDate.of(2024, 2, 29), List.of()));
    }

    @Test
    void stateAroundTheDueDateAndTheGracePeriod() {
        LocalDate due = LocalDate.of(2026, 12, 1);
        int grace = 28;
        int soon = 60;
        assertEquals(ReviewSchedule.State.NOT_DUE, ReviewSchedule.state(due, due.minusDays(61), grace, soon));
        assertEquals(ReviewSchedule.State.DUE_SOON, ReviewSchedule.state(due, due.minusDays(60), grace, soon));
        assertEquals(ReviewSchedule.State.DUE_SOON, ReviewSchedule.state(due, due, grace, soon), "due today is not overdue");
        assertEquals(ReviewSchedule.State.OVERDUE, ReviewSchedule.state(due, due.plusDays(1), grace, soon));
        assertEquals(ReviewSchedule.State.OVERDUE, ReviewSchedule.state(due, due.plusDays(28), grace, soon));
        assertEquals(ReviewSchedule.State.LAPSED, ReviewSchedule.state(due, due.plusDays(29), grace, soon));
        assertEquals(ReviewSchedule.State.LAPSED, ReviewSchedule.state(due, due.plusDays(1), 0, soon), "no grace");
        assertTrue(ReviewSchedule.State.OVERDUE.matchable());
        assertFalse(ReviewSchedule.State.LAPSED.matchable());
    }
}
