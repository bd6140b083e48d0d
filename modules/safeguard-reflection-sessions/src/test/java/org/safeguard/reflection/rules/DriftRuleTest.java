package org.safeguard.reflection.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.reflection.model.RiskRating;
import org.safeguard.reflection.rules.DriftRule.FamilyRecord;
import org.safeguard.reflection.rules.DriftRule.OpenAction;
import org.safeguard.reflection.rules.DriftRule.Rating;
import org.safeguard.reflection.rules.DriftRule.Reason;
import org.safeguard.reflection.rules.DriftRule.Signal;

class DriftRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);
    private static final LocalDate NINE_MONTHS_AGO = TODAY.minusMonths(9);

    private static Optional<Signal> assess(LocalDate cpSince, List<Rating> ratings, List<OpenAction> actions) {
        return DriftRule.assess(new FamilyRecord(7, "Smith", cpSince, ratings, actions), TODAY, 9);
    }

    private static Rating rated(LocalDate on, RiskRating rating) {
        return new Rating(on, rating);
    }

    @Test
    void nineMonthsOnAPlanWithTheRatingStillHighDrifts() {
        Optional<Signal> signal = assess(NINE_MONTHS_AGO, List.of(
                rated(NINE_MONTHS_AGO.plusWeeks(2), RiskRating.HIGH),
                rated(TODAY.minusWeeks(10), RiskRating.MEDIUM),
                rated(TODAY.minusWeeks(2), RiskRating.HIGH)), List.of());

        assertTrue(signal.isPresent());
        assertEquals(Set.of(Reason.RISK_NOT_IMPROVING), signal.get().reasons());
        assertEquals("On a child protection plan for 9 months and the risk rating has not improved: High on "
                + "2 July 2025, High on 4 March 2026 (3 discussions since the plan started)",
                signal.get().explanations().get(0));
        assertEquals(RiskRating.HIGH, signal.get().latestRating());
    }

    @Test
    void aRatingThatGotWorseDriftsToo() {
        assertTrue(assess(NINE_MONTHS_AGO, List.of(rated(NINE_MONTHS_AGO.plusDays(1), RiskRating.MEDIUM),
                rated(TODAY.minusWeeks(1), RiskRating.VERY_HIGH)), List.of()).isPresent());
    }

    @Test
    void aDayShortOfNineMonthsDoesNot() {
        LocalDate since = NINE_MONTHS_AGO.plusDays(1);
        assertTrue(assess(since, List.of(rated(since.plusDays(1), RiskRating.HIGH),
                rated(TODAY.minusWeeks(1), RiskRating.HIGH)), List.of()).isEmpty());
    }

    @Test
    void anImprovedRatingDoesNotDrift() {
        assertTrue(assess(NINE_MONTHS_AGO.minusMonths(3), List.of(rated(NINE_MONTHS_AGO, RiskRating.VERY_HIGH),
                rated(TODAY.minusWeeks(1), RiskRating.HIGH)), List.of()).isEmpty());
    }

    @Test
    void oneRatingSinceThePlanStartedIsNothingToCompare() {
        assertTrue(assess(NINE_MONTHS_AGO, List.of(rated(NINE_MONTHS_AGO.minusMonths(1), RiskRating.HIGH),
                rated(TODAY.minusWeeks(1), RiskRating.HIGH)), List.of()).isEmpty(),
                "the discussion before the plan started does not count for it");
    }

    @Test
    void withoutAChildProtectionPlanRatingsAloneDoNotDrift() {
        assertTrue(assess(null, List.of(rated(TODAY.minusYears(1), RiskRating.HIGH),
                rated(TODAY.minusWeeks(1), RiskRating.HIGH)), List.of()).isEmpty());
    }

    @Test
    void theThresholdIsTheAuthoritysSetting() {
        LocalDate sixMonthsAgo = TODAY.minusMonths(6);
        FamilyRecord family = new FamilyRecord(7, "Smith", sixMonthsAgo,
                List.of(rated(sixMonthsAgo, RiskRating.HIGH), rated(TODAY, RiskRating.HIGH)), List.of());

        assertTrue(DriftRule.assess(family, TODAY, 9).isEmpty());
        assertTrue(DriftRule.assess(family, TODAY, 6).isPresent());
    }

    @Test
    void twoOverdueActionsDrift() {
        Optional<Signal> signal = assess(null, List.of(), List.of(
                new OpenAction(TODAY.minusWeeks(4), TODAY.minusDays(1)),
                new OpenAction(TODAY.minusWeeks(4), TODAY.minusDays(10))));

        assertEquals(Set.of(Reason.ACTIONS_OVERDUE), signal.orElseThrow().reasons());
        assertEquals("2 actions are past their due date and not done", signal.get().explanations().get(0));
    }

    @Test
    void oneOverdueActionOrOneDueTodayDoesNot() {
        assertTrue(assess(null, List.of(), List.of(new OpenAction(TODAY.minusWeeks(4), TODAY.minusDays(1)),
                new OpenAction(TODAY.minusWeeks(4), TODAY))).isEmpty());
    }

    @Test
    void anActionStillOpenAfterTwoLaterSessionsDrifts() {
        LocalDate agreed = TODAY.minusWeeks(6);
        Optional<Signal> signal = assess(null, List.of(rated(agreed, RiskRating.MEDIUM),
                rated(agreed.plusWeeks(2), RiskRating.MEDIUM), rated(agreed.plusWeeks(4), RiskRating.LOW)),
                List.of(new OpenAction(agreed, TODAY.plusDays(7))));

        assertEquals(Set.of(Reason.ACTIONS_CARRIED_OVER), signal.orElseThrow().reasons());
        assertEquals("1 action is still open after being carried over 2 sessions", signal.get().explanations().get(0));
    }

    @Test
    void carriedOverOneSessionDoesNot() {
        LocalDate agreed = TODAY.minusWeeks(6);
        assertTrue(assess(null, List.of(rated(agreed, RiskRating.MEDIUM), rated(agreed.plusWeeks(2), RiskRating.MEDIUM)),
                List.of(new OpenAction(agreed, TODAY.plusDays(7)))).isEmpty());
    }

    @Test
    void discussionsAfterTodayAreNotCounted() {
        LocalDate agreed = TODAY.minusWeeks(2);
        assertTrue(assess(null, List.of(rated(agreed, RiskRating.MEDIUM), rated(TODAY.minusDays(1), RiskRating.MEDIUM),
                rated(TODAY.plusDays(7), RiskRating.MEDIUM)), List.of(new OpenAction(agreed, TODAY.plusDays(7)))).isEmpty());
    }

    @Test
    void everyReasonIsGivenWhenSeveralHold() {
        LocalDate agreed = NINE_MONTHS_AGO.plusWeeks(1);
        Optional<Signal> signal = assess(NINE_MONTHS_AGO, List.of(rated(agreed, RiskRating.HIGH),
                        rated(agreed.plusMonths(2), RiskRating.HIGH), rated(agreed.plusMonths(4), RiskRating.HIGH)),
                List.of(new OpenAction(agreed, agreed.plusWeeks(2)), new OpenAction(agreed, agreed.plusWeeks(3))));

        assertEquals(Set.of(Reason.RISK_NOT_IMPROVING, Reason.ACTIONS_OVERDUE, Reason.ACTIONS_CARRIED_OVER),
                signal.orElseThrow().reasons());
        assertEquals(3, signal.get().explanations().size());
    }
}
