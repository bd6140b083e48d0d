package org.safeguard.corporateparenting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.corporateparenting.TestWorkingDays;

class ReviewScheduleTest {

    private static final TestWorkingDays WD = TestWorkingDays.ENGLAND;

    @Test
    void firstReviewIsDueTwentyWorkingDaysAfterComingIntoCare() {
        // Monday 2 March 2026: twenty working days on is Monday 30 March (no holiday in between)
        assertEquals(LocalDate.of(2026, 3, 30), ReviewSchedule.nextDue(LocalDate.of(2026, 3, 2), List.of(), WD));
    }

    @Test
    void bankHolidaysDoNotCountTowardsTheFirstReview() {
        // Friday 27 March 2026: Good Friday 3 April and Easter Monday 6 April are skipped
        assertEquals(LocalDate.of(2026, 4, 28), ReviewSchedule.nextDue(LocalDate.of(2026, 3, 27), List.of(), WD));
    }

    @Test
    void comingIntoCareAtTheWeekendCountsFromTheNextWorkingDay() {
        // Saturday 7 March 2026: the 1st working day is Monday 9 March; Good Friday and Easter Monday
        // push the 20th to Tuesday 7 April
        assertEquals(LocalDate.of(2026, 4, 7), ReviewSchedule.nextDue(LocalDate.of(2026, 3, 7), List.of(), WD));
    }

    @Test
    void secondReviewIsDueThreeCalendarMonthsAfterTheFirst() {
        assertEquals(LocalDate.of(2026, 6, 30),
                ReviewSchedule.nextDue(LocalDate.of(2026, 3, 2), List.of(LocalDate.of(2026, 3, 30)), WD));
        // 30 November + 3 months is the end of February
        assertEquals(LocalDate.of(2027, 2, 28),
                ReviewSchedule.nextDue(LocalDate.of(2026, 11, 2), List.of(LocalDate.of(2026, 11, 30)), WD));
    }

    @Test
    void laterReviewsAreDueSixMonthsAfterThePreviousOneWhateverOrderTheyAreGiven() {
        LocalDate due = ReviewSchedule.nextDue(LocalDate.of(2025, 1, 6),
                List.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 1, 31), LocalDate.of(2025, 4, 28)), WD);
        assertEquals(LocalDate.of(2026, 1, 1), due);
    }

    @Test
    void aLateReviewMovesTheNextOneOn() {
        // the second review was held late (three months would have been 30 June); six months run from when it was held
        LocalDate due = ReviewSchedule.nextDue(LocalDate.of(2026, 3, 2),
                List.of(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 8, 14)), WD);
        assertEquals(LocalDate.of(2027, 2, 14), due);
    }

    @Test
    void theNextReviewIsNamed() {
        assertEquals("First review", ReviewSchedule.nextName(0));
        assertEquals("Second review", ReviewSchedule.nextName(1));
        assertEquals("Review", ReviewSchedule.nextName(2));
    }
}
