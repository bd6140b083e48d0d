package org.safeguard.corporateparenting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.corporateparenting.model.CareSettings;
import org.safeguard.corporateparenting.model.HealthCheckKind;

class HealthScheduleTest {

    private static final CareSettings DEFAULTS = CareSettings.defaults(1);
    private static final LocalDate CAME_IN = LocalDate.of(2026, 1, 15);

    private static HealthSchedule.Check check(HealthCheckKind kind, LocalDate on) {
        return new HealthSchedule.Check(kind, on);
    }

    @Test
    void initialHealthAssessmentIsDueTwentyEightDaysAfterComingIntoCare() {
        HealthSchedule.Next next = HealthSchedule.nextAssessment(CAME_IN, LocalDate.of(2015, 5, 1), List.of(), DEFAULTS);
        assertEquals(HealthCheckKind.INITIAL_HEALTH, next.kind());
        assertEquals(LocalDate.of(2026, 2, 12), next.dueOn());
    }

    @Test
    void theAuthorityMayAskForTheInitialAssessmentSooner() {
        CareSettings strict = new CareSettings(1, 20, 6, 12, 12, 4, 7, 42, 91, 6, 10);
        assertEquals(LocalDate.of(2026, 2, 4),
                HealthSchedule.nextAssessment(CAME_IN, LocalDate.of(2015, 5, 1), List.of(), strict).dueOn());
    }

    @Test
    void aReviewAssessmentIsNotDueBeforeTheInitialOneEvenWhenADentalCheckIsRecorded() {
        HealthSchedule.Next next = HealthSchedule.nextAssessment(CAME_IN, LocalDate.of(2015, 5, 1),
                List.of(check(HealthCheckKind.DENTAL, LocalDate.of(2026, 2, 1))), DEFAULTS);
        assertEquals(HealthCheckKind.INITIAL_HEALTH, next.kind());
    }

    @Test
    void childrenAgedFiveAndOverHaveAReviewAssessmentEveryTwelveMonths() {
        HealthSchedule.Next next = HealthSchedule.nextAssessment(CAME_IN, LocalDate.of(2015, 5, 1),
                List.of(check(HealthCheckKind.INITIAL_HEALTH, LocalDate.of(2026, 2, 10))), DEFAULTS);
        assertEquals(HealthCheckKind.REVIEW_HEALTH, next.kind());
        assertEquals(LocalDate.of(2027, 2, 10), next.dueOn());
    }

    @Test
    void childrenUnderFiveAtTheLastAssessmentHaveOneEverySixMonths() {
        LocalDate born = LocalDate.of(2021, 8, 20);
        // 4 years 11 months old at the review: six months, though they will be five by then
        HealthSchedule.Next next = HealthSchedule.nextAssessment(CAME_IN, born, List.of(
                check(HealthCheckKind.INITIAL_HEALTH, LocalDate.of(2026, 2, 1)),
                check(HealthCheckKind.REVIEW_HEALTH, LocalDate.of(2026, 7, 20))), DEFAULTS);
        assertEquals(LocalDate.of(2027, 1, 20), next.dueOn());
        // assessed on the fifth birthday: twelve months
        next = HealthSchedule.nextAssessment(CAME_IN, born, List.of(
                check(HealthCheckKind.INITIAL_HEALTH, LocalDate.of(2026, 2, 1)),
                check(HealthCheckKind.REVIEW_HEALTH, LocalDate.of(2026, 8, 20))), DEFAULTS);
        assertEquals(LocalDate.of(2027, 8, 20), next.dueOn());
    }

    @Test
    void theLatestAssessmentCountsWhateverOrderTheyAreRecordedIn() {
        HealthSchedule.Next next = HealthSchedule.nextAssessment(LocalDate.of(2023, 1, 10), LocalDate.of(2010, 3, 3), List.of(
                check(HealthCheckKind.REVIEW_HEALTH, LocalDate.of(2025, 2, 1)),
                check(HealthCheckKind.INITIAL_HEALTH, LocalDate.of(2023, 2, 1)),
                check(HealthCheckKind.REVIEW_HEALTH, LocalDate.of(2024, 1, 20))), DEFAULTS);
        assertEquals(LocalDate.of(2026, 2, 1), next.dueOn());
    }

    @Test
    void firstDentalCheckIsDueAYearAfterComingIntoCareThenYearly() {
        assertEquals(LocalDate.of(2027, 1, 15), HealthSchedule.nextDental(CAME_IN, List.of(), DEFAULTS));
        assertEquals(LocalDate.of(2027, 3, 1), HealthSchedule.nextDental(CAME_IN, List.of(
                check(HealthCheckKind.DENTAL, LocalDate.of(2026, 3, 1)),
                check(HealthCheckKind.INITIAL_HEALTH, LocalDate.of(2026, 6, 1))), DEFAULTS));
    }
}
