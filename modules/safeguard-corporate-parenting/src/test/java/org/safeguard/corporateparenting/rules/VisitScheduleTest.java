package org.safeguard.corporateparenting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safeguard.corporateparenting.model.CareSettings;

class VisitScheduleTest {

    private static final CareSettings DEFAULTS = CareSettings.defaults(1);
    private static final LocalDate PLACED = LocalDate.of(2026, 1, 12);

    @Test
    void theFirstVisitIsDueWithinAWeekOfThePlacementStarting() {
        assertEquals(LocalDate.of(2026, 1, 19), VisitSchedule.nextDue(PLACED, false, null, DEFAULTS));
    }

    @Test
    void aVisitBeforeThePlacementStartedDoesNotCountForIt() {
        assertEquals(LocalDate.of(2026, 1, 19), VisitSchedule.nextDue(PLACED, false, LocalDate.of(2026, 1, 11), DEFAULTS));
    }

    @Test
    void aVisitOnTheDayThePlacementStartsCounts() {
        assertEquals(LocalDate.of(2026, 2, 23), VisitSchedule.nextDue(PLACED, false, PLACED, DEFAULTS));
    }

    @Test
    void thenEverySixWeeksInThePlacementsFirstYear() {
        assertEquals(LocalDate.of(2026, 3, 30), VisitSchedule.nextDue(PLACED, true, LocalDate.of(2026, 2, 16), DEFAULTS));
    }

    @Test
    void afterTheFirstYearALongTermPlacementIsVisitedEveryThreeMonths() {
        assertEquals(LocalDate.of(2027, 4, 13), VisitSchedule.nextDue(PLACED, true, LocalDate.of(2027, 1, 12), DEFAULTS));
        // the last visit inside the first year: still six weeks
        assertEquals(LocalDate.of(2027, 2, 22), VisitSchedule.nextDue(PLACED, true, LocalDate.of(2027, 1, 11), DEFAULTS));
    }

    @Test
    void aPlacementNotIntendedToLastUntilEighteenStaysAtSixWeeks() {
        assertEquals(LocalDate.of(2027, 2, 23), VisitSchedule.nextDue(PLACED, false, LocalDate.of(2027, 1, 12), DEFAULTS));
    }

    @Test
    void anAuthorityMayVisitMoreOften() {
        CareSettings monthly = new CareSettings(1, 28, 6, 12, 12, 4, 5, 28, 56, 6, 10);
        assertEquals(LocalDate.of(2026, 1, 17), VisitSchedule.nextDue(PLACED, false, null, monthly));
        assertEquals(LocalDate.of(2026, 3, 16), VisitSchedule.nextDue(PLACED, false, LocalDate.of(2026, 2, 16), monthly));
    }
}
