package org.safeguard.corporateparenting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PathwayScheduleTest {

    @Test
    void withoutAPlanNoReviewIsDue() {
        assertTrue(PathwaySchedule.nextReview(null, List.of(LocalDate.of(2025, 1, 1)), 6).isEmpty());
    }

    @Test
    void sixMonthsAfterThePlanThenAfterTheLastReview() {
        LocalDate plan = LocalDate.of(2025, 8, 31);
        assertEquals(Optional.of(LocalDate.of(2026, 2, 28)), PathwaySchedule.nextReview(plan, List.of(), 6));
        assertEquals(Optional.of(LocalDate.of(2026, 9, 10)), PathwaySchedule.nextReview(plan,
                List.of(LocalDate.of(2026, 3, 10), LocalDate.of(2025, 12, 1)), 6));
    }

    @Test
    void reviewsOfAnEarlierPlanDoNotCount() {
        assertEquals(Optional.of(LocalDate.of(2026, 7, 1)), PathwaySchedule.nextReview(LocalDate.of(2026, 1, 1),
                List.of(LocalDate.of(2025, 12, 1)), 6));
    }
}
