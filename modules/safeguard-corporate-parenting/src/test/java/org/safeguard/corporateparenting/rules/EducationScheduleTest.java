package org.safeguard.corporateparenting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safeguard.corporateparenting.TestWorkingDays;
import org.safeguard.corporateparenting.model.CareSettings;

class EducationScheduleTest {

    private static final CareSettings DEFAULTS = CareSettings.defaults(1);
    private static final TestWorkingDays WD = TestWorkingDays.ENGLAND;

    @Test
    void theFirstPlanIsDueInTimeForTheFirstReview() {
        Optional<LocalDate> due = EducationSchedule.nextDue(LocalDate.of(2026, 3, 2), LocalDate.of(2014, 6, 1), List.of(),
                DEFAULTS, WD, LocalDate.of(2026, 3, 4));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 30)), due);
    }

    @Test
    void thenTermlyFromTheLastPlan() {
        Optional<LocalDate> due = EducationSchedule.nextDue(LocalDate.of(2025, 3, 2), LocalDate.of(2014, 6, 1),
                List.of(LocalDate.of(2025, 3, 20), LocalDate.of(2025, 11, 12), LocalDate.of(2025, 7, 1)), DEFAULTS, WD,
                LocalDate.of(2026, 1, 5));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 12)), due);
    }

    @Test
    void noPlanIsDueBeforeOrAfterCompulsorySchoolAge() {
        assertTrue(EducationSchedule.nextDue(LocalDate.of(2026, 1, 5), LocalDate.of(2023, 4, 1), List.of(), DEFAULTS, WD,
                LocalDate.of(2026, 3, 4)).isEmpty(), "under five");
        assertTrue(EducationSchedule.nextDue(LocalDate.of(2024, 1, 5), LocalDate.of(2009, 4, 1), List.of(), DEFAULTS, WD,
                LocalDate.of(2026, 3, 4)).isEmpty(), "past school leaving date in June 2025");
    }

    @Test
    void aChildReachingSchoolAgeInCareHasTheirFirstPlanTwentyWorkingDaysLater() {
        // born 10 October 2020: compulsory school age from 31 December 2025, while in care since 2024
        Optional<LocalDate> due = EducationSchedule.nextDue(LocalDate.of(2024, 5, 1), LocalDate.of(2020, 10, 10), List.of(),
                DEFAULTS, WD, LocalDate.of(2026, 1, 10));
        // 20 working days after Wednesday 31 December 2025, New Year's Day skipped
        assertEquals(Optional.of(LocalDate.of(2026, 1, 29)), due);
    }
}
