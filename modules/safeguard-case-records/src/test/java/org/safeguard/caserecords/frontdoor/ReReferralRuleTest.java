package org.safeguard.caserecords.frontdoor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.frontdoor.ReReferralRule.PreviousReferral;

/** "Within 12 months of a previous referral": where the window starts and ends. */
class ReReferralRuleTest {

    private static final LocalDate REFERRAL = LocalDate.of(2026, 3, 2);

    @Test
    void aDayShortOfTwelveMonthsIsAReReferral() {
        assertTrue(ReReferralRule.within(LocalDate.of(2025, 3, 3), REFERRAL));
    }

    @Test
    void exactlyTwelveMonthsEarlierIsNotAReReferral() {
        assertFalse(ReReferralRule.within(LocalDate.of(2025, 3, 2), REFERRAL));
    }

    @Test
    void moreThanTwelveMonthsEarlierIsNotAReReferral() {
        assertFalse(ReReferralRule.within(LocalDate.of(2025, 3, 1), REFERRAL));
        assertFalse(ReReferralRule.within(LocalDate.of(2024, 1, 1), REFERRAL));
    }

    @Test
    void aPreviousReferralTheSameDayOrFiveMonthsBeforeCounts() {
        assertTrue(ReReferralRule.within(REFERRAL, REFERRAL));
        assertTrue(ReReferralRule.within(LocalDate.of(2025, 10, 2), REFERRAL));
    }

    @Test
    void aReferralDatedAfterThisOneDoesNotMakeItARepeat() {
        assertFalse(ReReferralRule.within(LocalDate.of(2026, 3, 3), REFERRAL));
    }

    @Test
    void theTwentyNinthOfFebruaryLooksBackToTheTwentyEighth() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        assertEquals(LocalDate.of(2027, 2, 28), ReReferralRule.windowOpensAfter(leapDay));
        assertFalse(ReReferralRule.within(LocalDate.of(2027, 2, 28), leapDay));
        assertTrue(ReReferralRule.within(LocalDate.of(2027, 3, 1), leapDay));
    }

    @Test
    void theLatestReferralInsideTheWindowIsThePreviousOne() {
        List<PreviousReferral> referrals = List.of(
                new PreviousReferral(1, LocalDate.of(2024, 6, 1)),
                new PreviousReferral(2, LocalDate.of(2025, 6, 1)),
                new PreviousReferral(3, LocalDate.of(2025, 10, 2)),
                new PreviousReferral(4, LocalDate.of(2026, 4, 1)));
        assertEquals(Optional.of(new PreviousReferral(3, LocalDate.of(2025, 10, 2))),
                ReReferralRule.previous(REFERRAL, referrals));
    }

    @Test
    void noReferralInsideTheWindowMeansNotARepeat() {
        assertTrue(ReReferralRule.previous(REFERRAL, List.of(new PreviousReferral(1, LocalDate.of(2025, 3, 2)))).isEmpty());
        assertTrue(ReReferralRule.previous(REFERRAL, List.of()).isEmpty());
    }
}
