package org.safeguard.corporateparenting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safeguard.corporateparenting.model.LeaverCategory;
import org.safeguard.corporateparenting.model.LeavingReason;
import org.safeguard.corporateparenting.rules.LeaverEligibility.CarePeriod;

class LeaverEligibilityTest {

    private static final LocalDate BORN = LocalDate.of(2009, 6, 1);

    private static CarePeriod period(String from, String to, LeavingReason reason) {
        return new CarePeriod(LocalDate.parse(from), to == null ? null : LocalDate.parse(to), reason);
    }

    private static Optional<LeaverCategory> on(String day, CarePeriod... periods) {
        return LeaverEligibility.category(BORN, List.of(periods), LocalDate.parse(day));
    }

    @Test
    void underSixteenIsNotACareLeaverWhateverTheirCare() {
        assertEquals(Optional.empty(), on("2025-05-31", period("2020-01-01", null, null)));
    }

    @Test
    void sixteenInCareWithThirteenWeeksSinceFourteenIsEligible() {
        assertEquals(Optional.of(LeaverCategory.ELIGIBLE), on("2025-06-01", period("2020-01-01", null, null)));
    }

    @Test
    void thirteenWeeksMeansNinetyOneDaysOfCareCountingTheDayAsked() {
        // in care from 3 March 2025: 91 days including 1 June 2025 (the 16th birthday)
        assertEquals(Optional.of(LeaverCategory.ELIGIBLE), on("2025-06-01", period("2025-03-03", null, null)));
        assertEquals(Optional.empty(), on("2025-06-01", period("2025-03-04", null, null)));
    }

    @Test
    void periodsAddUpAndCareBeforeFourteenDoesNotCount() {
        // 2023-05-01..2023-06-01: only from the 14th birthday (1 June 2023) counts, so nothing;
        // 2024-01-01..2024-02-15: 45 days; 2025-05-01..: 32 days to 1 June 2025 inclusive -> 77, not enough
        CarePeriod a = period("2023-05-01", "2023-06-01", LeavingReason.RETURN_HOME);
        CarePeriod b = period("2024-01-01", "2024-02-15", LeavingReason.RETURN_HOME);
        CarePeriod c = period("2025-05-01", null, null);
        assertEquals(Optional.empty(), on("2025-06-01", a, b, c));
        // two weeks later they have 91
        assertEquals(Optional.of(LeaverCategory.ELIGIBLE), on("2025-06-15", a, b, c));
    }

    @Test
    void leavingCareAtSeventeenAfterBeingEligibleMakesARelevantChild() {
        CarePeriod p = period("2022-01-01", "2026-01-10", LeavingReason.OTHER);
        assertEquals(Optional.of(LeaverCategory.RELEVANT), on("2026-03-04", p));
    }

    @Test
    void goingHomeForSixMonthsEndsBeingRelevantButTheyStillQualify() {
        CarePeriod p = period("2022-01-01", "2025-08-01", LeavingReason.RETURN_HOME);
        assertEquals(Optional.of(LeaverCategory.RELEVANT), on("2026-01-31", p));
        assertEquals(Optional.of(LeaverCategory.QUALIFYING), on("2026-02-01", p));
    }

    @Test
    void adoptedAtSixteenIsNotACareLeaver() {
        assertEquals(Optional.empty(), on("2026-03-04", period("2022-01-01", "2025-09-01", LeavingReason.ADOPTION)));
    }

    @Test
    void inCareOnTheEveOfTheirEighteenthBirthdayMakesFormerRelevant() {
        CarePeriod p = period("2021-04-01", "2027-06-01", LeavingReason.TURNED_18);
        assertEquals(Optional.of(LeaverCategory.FORMER_RELEVANT), on("2027-06-01", p));
        assertEquals(Optional.of(LeaverCategory.FORMER_RELEVANT), on("2030-05-31", p));
    }

    @Test
    void aRelevantChildBecomesFormerRelevantAtEighteen() {
        assertEquals(Optional.of(LeaverCategory.FORMER_RELEVANT),
                on("2028-01-01", period("2022-01-01", "2026-01-10", LeavingReason.OTHER)));
    }

    @Test
    void tooShortATimeInCareAfterSixteenQualifies() {
        // in care only 1 June to 1 July 2026, aged 17: looked after after 16, but 30 days
        CarePeriod p = period("2026-06-01", "2026-07-01", LeavingReason.RETURN_HOME);
        assertEquals(Optional.of(LeaverCategory.QUALIFYING), on("2026-08-01", p));
        assertEquals(Optional.of(LeaverCategory.QUALIFYING), on("2029-01-01", p));
    }

    @Test
    void aSpecialGuardianshipOrderAfterSixteenWithoutThirteenWeeksSinceFourteenQualifies() {
        CarePeriod p = period("2025-05-01", "2025-07-01", LeavingReason.SPECIAL_GUARDIANSHIP);
        assertEquals(Optional.of(LeaverCategory.QUALIFYING), on("2025-09-01", p));
    }

    @Test
    void careThatEndedBeforeSixteenMakesNoCareLeaver() {
        assertEquals(Optional.empty(), on("2026-03-04", period("2019-01-01", "2024-01-01", LeavingReason.RETURN_HOME)));
    }

    @Test
    void supportRunsToTwentyOneOrTwentyFiveOnRequest() {
        assertEquals(LocalDate.of(2030, 6, 1), LeaverEligibility.supportEnds(BORN, false));
        assertEquals(LocalDate.of(2034, 6, 1), LeaverEligibility.supportEnds(BORN, true));
    }

    @Test
    void daysSinceFourteenStopBeforeTheDayGiven() {
        assertEquals(10, LeaverEligibility.daysSinceFourteen(BORN, List.of(period("2023-06-01", null, null)),
                LocalDate.of(2023, 6, 11)));
    }
}
