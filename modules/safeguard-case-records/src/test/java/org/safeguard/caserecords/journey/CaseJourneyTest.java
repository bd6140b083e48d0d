package org.safeguard.caserecords.journey;

import static org.safeguard.caserecords.TestCalendars.WEEKDAYS_ONLY;
import static org.safeguard.caserecords.TestCalendars.CHRISTMAS_2026;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.caserecords.api.CaseStage.ASSESSMENT;
import static org.safeguard.caserecords.api.CaseStage.CHILD_IN_NEED;
import static org.safeguard.caserecords.api.CaseStage.CHILD_PROTECTION;
import static org.safeguard.caserecords.api.CaseStage.CHILD_PROTECTION_ENQUIRY;
import static org.safeguard.caserecords.api.CaseStage.CLOSED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.caserecords.model.Assessment;
import org.safeguard.caserecords.model.AuthoritySettings;
import org.safeguard.caserecords.model.CasePlan;
import org.safeguard.caserecords.model.ClosureReason;
import org.safeguard.caserecords.model.Conference;
import org.safeguard.caserecords.model.StrategyDiscussion;

class CaseJourneyTest {

    private final CaseJourney journey = new CaseJourney(CHRISTMAS_2026);

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    class StageChanges {

        /** Every allowed move: from, move, to. Anything not listed must be refused. */
        private final List<Object[]> allowed = List.of(
                new Object[] {ASSESSMENT, Move.ASSESSMENT_NO_FURTHER_ACTION, CLOSED},
                new Object[] {ASSESSMENT, Move.ASSESSMENT_EARLY_HELP, CLOSED},
                new Object[] {ASSESSMENT, Move.ASSESSMENT_CHILD_IN_NEED, CHILD_IN_NEED},
                new Object[] {ASSESSMENT, Move.ASSESSMENT_CHILD_PROTECTION, CHILD_PROTECTION_ENQUIRY},
                new Object[] {ASSESSMENT, Move.ASSESSMENT_CARE_PROCEEDINGS, CHILD_PROTECTION_ENQUIRY},
                new Object[] {CHILD_IN_NEED, Move.STRATEGY_SECTION_47, CHILD_PROTECTION_ENQUIRY},
                new Object[] {CHILD_PROTECTION_ENQUIRY, Move.STRATEGY_SECTION_47, CHILD_PROTECTION_ENQUIRY},
                new Object[] {CHILD_IN_NEED, Move.STRATEGY_NO_SECTION_47, CHILD_IN_NEED},
                new Object[] {CHILD_PROTECTION_ENQUIRY, Move.STRATEGY_NO_SECTION_47, CHILD_PROTECTION_ENQUIRY},
                new Object[] {CHILD_PROTECTION_ENQUIRY, Move.SECTION_47_CONFERENCE, CHILD_PROTECTION_ENQUIRY},
                new Object[] {CHILD_PROTECTION_ENQUIRY, Move.SECTION_47_CHILD_IN_NEED, CHILD_IN_NEED},
                new Object[] {CHILD_PROTECTION_ENQUIRY, Move.SECTION_47_NO_FURTHER_ACTION, CLOSED},
                new Object[] {CHILD_PROTECTION_ENQUIRY, Move.INITIAL_CONFERENCE_PLAN, CHILD_PROTECTION},
                new Object[] {CHILD_PROTECTION_ENQUIRY, Move.INITIAL_CONFERENCE_NO_PLAN_CHILD_IN_NEED, CHILD_IN_NEED},
                new Object[] {CHILD_PROTECTION_ENQUIRY, Move.INITIAL_CONFERENCE_NO_PLAN_CLOSE, CLOSED},
                new Object[] {CHILD_PROTECTION, Move.REVIEW_CONTINUE, CHILD_PROTECTION},
                new Object[] {CHILD_PROTECTION, Move.REVIEW_END_PLAN_CHILD_IN_NEED, CHILD_IN_NEED},
                new Object[] {CHILD_PROTECTION, Move.REVIEW_END_PLAN_CLOSE, CLOSED},
                new Object[] {CHILD_IN_NEED, Move.START_CHILD_IN_NEED_PLAN, CHILD_IN_NEED},
                new Object[] {CHILD_PROTECTION_ENQUIRY, Move.START_CHILD_IN_NEED_PLAN, CHILD_IN_NEED},
                new Object[] {CHILD_IN_NEED, Move.STEP_DOWN_EARLY_HELP, CLOSED},
                new Object[] {ASSESSMENT, Move.CLOSE, CLOSED},
                new Object[] {CHILD_IN_NEED, Move.CLOSE, CLOSED},
                new Object[] {CHILD_PROTECTION_ENQUIRY, Move.CLOSE, CLOSED},
                new Object[] {CHILD_PROTECTION, Move.CLOSE, CLOSED});

        @Test
        void everyAllowedMoveLeadsWhereTheJourneySays() {
            for (Object[] row : allowed) {
                assertEquals(row[2], CaseJourney.next((CaseStage) row[0], (Move) row[1]), row[0] + " " + row[1]);
            }
        }

        @Test
        void everyOtherMoveIsRefusedWithAMessageForTheUser() {
            int refused = 0;
            for (CaseStage from : CaseStage.values()) {
                for (Move move : Move.values()) {
                    boolean listed = allowed.stream().anyMatch(r -> r[0] == from && r[1] == move);
                    assertEquals(listed, CaseJourney.allows(from, move), from + " " + move);
                    if (!listed) {
                        JourneyException e = assertThrows(JourneyException.class, () -> CaseJourney.next(from, move));
                        assertTrue(e.getMessage().endsWith("you cannot " + move.doing() + "."), e.getMessage());
                        refused++;
                    }
                }
            }
            assertEquals(CaseStage.values().length * Move.values().length - allowed.size(), refused);
        }

        @Test
        void refusalsSayWhereTheCaseIs() {
            assertEquals("This case is closed, so you cannot record a strategy discussion.",
                    assertThrows(JourneyException.class, () -> CaseJourney.next(CLOSED, Move.STRATEGY_SECTION_47)).getMessage());
            assertEquals("This case is at the assessment stage, so you cannot record a review child protection conference.",
                    assertThrows(JourneyException.class, () -> CaseJourney.next(ASSESSMENT, Move.REVIEW_CONTINUE)).getMessage());
            // step down to early help is from child in need only; a CP plan ends at a review first
            assertThrows(JourneyException.class, () -> CaseJourney.next(CHILD_PROTECTION, Move.STEP_DOWN_EARLY_HELP));
            // no jumping from assessment straight to a plan
            assertThrows(JourneyException.class, () -> CaseJourney.next(ASSESSMENT, Move.INITIAL_CONFERENCE_PLAN));
            // a closed case stays closed
            assertThrows(JourneyException.class, () -> CaseJourney.next(CLOSED, Move.CLOSE));
        }

        @Test
        void outcomesMapToMoves() {
            assertEquals(Move.ASSESSMENT_CARE_PROCEEDINGS, Move.afterAssessment(Assessment.Outcome.CARE_PROCEEDINGS));
            assertEquals(Move.ASSESSMENT_EARLY_HELP, Move.afterAssessment(Assessment.Outcome.EARLY_HELP));
            assertEquals(Move.STRATEGY_SECTION_47, Move.afterStrategyDiscussion(true));
            assertEquals(Move.STRATEGY_NO_SECTION_47, Move.afterStrategyDiscussion(false));
            assertEquals(Move.SECTION_47_NO_FURTHER_ACTION,
                    Move.afterSection47(StrategyDiscussion.Section47Outcome.NO_FURTHER_ACTION));
            assertEquals(Move.INITIAL_CONFERENCE_PLAN, Move.afterInitialConference(Conference.Outcome.PLAN, null));
            assertEquals(Move.INITIAL_CONFERENCE_NO_PLAN_CLOSE,
                    Move.afterInitialConference(Conference.Outcome.NO_PLAN, NextStep.CLOSE));
            assertEquals(Move.REVIEW_END_PLAN_CHILD_IN_NEED,
                    Move.afterReviewConference(Conference.Outcome.END_PLAN, NextStep.CHILD_IN_NEED));
            assertThrows(JourneyException.class, () -> Move.afterReviewConference(Conference.Outcome.PLAN, null));
            assertThrows(JourneyException.class, () -> Move.afterInitialConference(Conference.Outcome.CONTINUE, null));
        }

        @Test
        void closuresCarryTheirReason() {
            assertEquals(ClosureReason.NO_FURTHER_ACTION, CaseJourney.closureReason(Move.ASSESSMENT_NO_FURTHER_ACTION, null));
            assertEquals(ClosureReason.STEP_DOWN_EARLY_HELP, CaseJourney.closureReason(Move.ASSESSMENT_EARLY_HELP, null));
            assertEquals(ClosureReason.STEP_DOWN_EARLY_HELP, CaseJourney.closureReason(Move.STEP_DOWN_EARLY_HELP, null));
            assertEquals(ClosureReason.NO_FURTHER_ACTION, CaseJourney.closureReason(Move.SECTION_47_NO_FURTHER_ACTION, null));
            assertEquals(ClosureReason.NO_FURTHER_ACTION, CaseJourney.closureReason(Move.INITIAL_CONFERENCE_NO_PLAN_CLOSE, null));
            assertEquals(ClosureReason.NEEDS_MET, CaseJourney.closureReason(Move.REVIEW_END_PLAN_CLOSE, null));
            assertEquals(ClosureReason.MOVED_AWAY, CaseJourney.closureReason(Move.CLOSE, ClosureReason.MOVED_AWAY));
            assertThrows(IllegalArgumentException.class, () -> CaseJourney.closureReason(Move.REVIEW_CONTINUE, null));
        }

        @Test
        void plansStartAndEndWithTheirMoves() {
            assertEquals(CasePlan.Kind.CHILD_IN_NEED, CaseJourney.planStarted(Move.ASSESSMENT_CHILD_IN_NEED));
            assertEquals(CasePlan.Kind.CHILD_IN_NEED, CaseJourney.planStarted(Move.REVIEW_END_PLAN_CHILD_IN_NEED));
            assertEquals(CasePlan.Kind.CHILD_PROTECTION, CaseJourney.planStarted(Move.INITIAL_CONFERENCE_PLAN));
            assertNull(CaseJourney.planStarted(Move.REVIEW_CONTINUE));
            assertNull(CaseJourney.planStarted(Move.STRATEGY_SECTION_47));
            // a CIN plan carries on through the enquiry and is replaced by the CP plan
            assertNull(CaseJourney.planEnded(Move.STRATEGY_SECTION_47, CasePlan.Kind.CHILD_IN_NEED, null));
            assertEquals(CasePlan.EndReason.STEP_UP_CHILD_PROTECTION,
                    CaseJourney.planEnded(Move.INITIAL_CONFERENCE_PLAN, CasePlan.Kind.CHILD_IN_NEED, null));
            assertEquals(CasePlan.EndReason.STEP_DOWN_CHILD_IN_NEED,
                    CaseJourney.planEnded(Move.REVIEW_END_PLAN_CHILD_IN_NEED, CasePlan.Kind.CHILD_PROTECTION, null));
            assertNull(CaseJourney.planEnded(Move.REVIEW_CONTINUE, CasePlan.Kind.CHILD_PROTECTION, null));
            assertEquals(CasePlan.EndReason.CASE_CLOSED,
                    CaseJourney.planEnded(Move.CLOSE, CasePlan.Kind.CHILD_PROTECTION, ClosureReason.MOVED_AWAY));
            assertEquals(CasePlan.EndReason.CASE_CLOSED,
                    CaseJourney.planEnded(Move.REVIEW_END_PLAN_CLOSE, CasePlan.Kind.CHILD_PROTECTION, null));
            assertEquals(CasePlan.EndReason.CARE,
                    CaseJourney.planEnded(Move.CLOSE, CasePlan.Kind.CHILD_PROTECTION, ClosureReason.TRANSFERRED_TO_CARE));
            assertEquals(CasePlan.EndReason.STEP_DOWN_EARLY_HELP,
                    CaseJourney.planEnded(Move.STEP_DOWN_EARLY_HELP, CasePlan.Kind.CHILD_IN_NEED, null));
        }
    }

    @Nested
    class Actions {

        private JourneyState state(CaseStage stage) {
            return new JourneyState(stage, false, false, false, false, false, null);
        }

        @Test
        void anAssessmentIsCompletedAtTheAssessmentStageOnly() {
            JourneyState open = new JourneyState(ASSESSMENT, true, false, false, false, false, null);
            assertEquals(EnumSet.of(JourneyAction.COMPLETE_ASSESSMENT, JourneyAction.SET_PROCEEDINGS_MARKERS,
                    JourneyAction.CLOSE_CASE), CaseJourney.actions(open));
            assertFalse(CaseJourney.actions(new JourneyState(CHILD_IN_NEED, true, false, false, false, false, null))
                    .contains(JourneyAction.COMPLETE_ASSESSMENT));
        }

        @Test
        void signOffIsOpenWheneverACompletedAssessmentWaitsEvenOnAClosedCase() {
            JourneyState closed = new JourneyState(CLOSED, false, true, false, false, false, null);
            assertEquals(Set.of(JourneyAction.SIGN_OFF_ASSESSMENT), CaseJourney.actions(closed));
            assertTrue(CaseJourney.actions(state(CLOSED)).isEmpty());
        }

        @Test
        void childInNeedCanStepUpStepDownOrClose() {
            JourneyState cin = new JourneyState(CHILD_IN_NEED, false, false, false, false, false, CasePlan.Kind.CHILD_IN_NEED);
            assertEquals(EnumSet.of(JourneyAction.RECORD_STRATEGY_DISCUSSION, JourneyAction.SET_PROCEEDINGS_MARKERS,
                    JourneyAction.STEP_DOWN_EARLY_HELP, JourneyAction.CLOSE_CASE), CaseJourney.actions(cin));
            // without a plan (it was never started) one can be
            assertTrue(CaseJourney.actions(state(CHILD_IN_NEED)).contains(JourneyAction.START_CHILD_IN_NEED_PLAN));
        }

        @Test
        void theEnquiryGoesStrategyThenSection47ThenConference() {
            JourneyState awaitingStrategy = state(CHILD_PROTECTION_ENQUIRY);
            assertTrue(CaseJourney.actions(awaitingStrategy).contains(JourneyAction.RECORD_STRATEGY_DISCUSSION));
            assertFalse(CaseJourney.actions(awaitingStrategy).contains(JourneyAction.RECORD_INITIAL_CONFERENCE));

            JourneyState enquiry = new JourneyState(CHILD_PROTECTION_ENQUIRY, false, false, true, true, false, null);
            assertEquals(EnumSet.of(JourneyAction.RECORD_SECTION_47_OUTCOME, JourneyAction.SET_PROCEEDINGS_MARKERS,
                    JourneyAction.CLOSE_CASE), CaseJourney.actions(enquiry));
            JourneyException e = assertThrows(JourneyException.class,
                    () -> CaseJourney.check(enquiry, JourneyAction.RECORD_INITIAL_CONFERENCE));
            assertEquals("Record the outcome of the section 47 enquiry before the initial conference.", e.getMessage());

            JourneyState toConference = new JourneyState(CHILD_PROTECTION_ENQUIRY, false, false, false, true, false, null);
            assertEquals(EnumSet.of(JourneyAction.RECORD_INITIAL_CONFERENCE, JourneyAction.SET_PROCEEDINGS_MARKERS,
                    JourneyAction.CLOSE_CASE), CaseJourney.actions(toConference));
        }

        @Test
        void aChildProtectionPlanIsReviewedAndNeverSteppedStraightToEarlyHelp() {
            JourneyState cp = new JourneyState(CHILD_PROTECTION, false, false, false, false, true, CasePlan.Kind.CHILD_PROTECTION);
            assertEquals(EnumSet.of(JourneyAction.RECORD_REVIEW_CONFERENCE, JourneyAction.SET_PROCEEDINGS_MARKERS,
                    JourneyAction.CLOSE_CASE), CaseJourney.actions(cp));
            assertEquals("This case is at the child protection stage, so you cannot step it down to early help.",
                    assertThrows(JourneyException.class, () -> CaseJourney.check(cp, JourneyAction.STEP_DOWN_EARLY_HELP))
                            .getMessage());
        }
    }

    @Nested
    class Timescales {

        @Test
        void assessmentIsDue45WorkingDaysAfterTheReferralSkippingChristmas() {
            // Monday 2 November 2026: 20 working days left in November, 21 in December after the 25th, 28th;
            // New Year's Day is a holiday too, so the 45th is Thursday 7 January, not Monday 4 January.
            assertEquals(d(2027, 1, 7), journey.assessmentDue(d(2026, 11, 2)));
            assertEquals(d(2027, 1, 4), new CaseJourney(WEEKDAYS_ONLY).assessmentDue(d(2026, 11, 2)));
            // no holidays: exactly nine weeks; the referral day itself does not count
            assertEquals(d(2026, 3, 9), new CaseJourney(WEEKDAYS_ONLY).assessmentDue(d(2026, 1, 5)));
        }

        @Test
        void initialConferenceIsDue15WorkingDaysAfterTheStrategyDiscussion() {
            // Friday 18 December 2026: 21-24 Dec (4), 29-31 Dec (3), 4-8 Jan (5), 11-13 Jan (3)
            assertEquals(d(2027, 1, 13), journey.initialConferenceDue(d(2026, 12, 18)));
            // a strategy discussion on Christmas Eve: the 1st working day after is Tuesday 29th
            assertEquals(d(2027, 1, 19), journey.initialConferenceDue(d(2026, 12, 24)));
            assertEquals(d(2026, 3, 23), journey.initialConferenceDue(d(2026, 3, 2)));
        }

        @Test
        void reviewsAreThreeMonthsAfterTheInitialConferenceThenEverySix() {
            assertEquals(d(2027, 4, 12), CaseJourney.firstReviewDue(d(2027, 1, 12)));
            // no 30 February: the end of the month
            assertEquals(d(2027, 2, 28), CaseJourney.firstReviewDue(d(2026, 11, 30)));
            assertEquals(d(2027, 10, 6), CaseJourney.nextReviewDue(d(2027, 4, 6)));
            assertEquals(d(2028, 2, 29), CaseJourney.nextReviewDue(d(2027, 8, 31)));
        }

        @Test
        void visitsAreDueAnIntervalAfterTheLastVisitOrThePlanStart() {
            AuthoritySettings defaults = AuthoritySettings.defaults(1);
            assertEquals(28, CaseJourney.visitInterval(CasePlan.Kind.CHILD_PROTECTION, defaults));
            assertEquals(42, CaseJourney.visitInterval(CasePlan.Kind.CHILD_IN_NEED, defaults));
            AuthoritySettings weekly = new AuthoritySettings(2, 18, 7, 14, 3);
            assertEquals(7, CaseJourney.visitInterval(CasePlan.Kind.CHILD_PROTECTION, weekly));
            assertEquals(14, CaseJourney.visitInterval(CasePlan.Kind.CHILD_IN_NEED, weekly));

            assertEquals(d(2026, 12, 29), CaseJourney.visitDue(d(2026, 12, 1), null, 28));
            assertEquals(d(2027, 1, 17), CaseJourney.visitDue(d(2026, 12, 1), d(2026, 12, 20), 28));
            // a visit before the plan started does not count towards it
            assertEquals(d(2026, 12, 29), CaseJourney.visitDue(d(2026, 12, 1), d(2026, 11, 25), 28));
            assertEquals(d(2027, 1, 12), CaseJourney.visitDue(d(2026, 12, 1), null, 42));
        }

        @Test
        void plansOverTwelveMonthsAreFlagged() {
            assertFalse(CaseJourney.overTwelveMonths(d(2026, 3, 3), d(2027, 3, 3)));
            assertTrue(CaseJourney.overTwelveMonths(d(2026, 3, 3), d(2027, 3, 4)));
            assertEquals(11, CaseJourney.planMonths(d(2026, 3, 3), d(2027, 3, 2)));
            assertEquals(14, CaseJourney.planMonths(d(2026, 3, 3), d(2027, 5, 10)));
            assertEquals(0, CaseJourney.planMonths(d(2026, 3, 3), d(2026, 3, 3)));
        }

        @Test
        void statusIsDoneOverdueDueSoonOrOnTimeInWorkingDays() {
            LocalDate monday = d(2026, 12, 21);
            assertEquals(TimescaleStatus.DONE, journey.status(d(2026, 12, 1), d(2026, 12, 3), monday, 5));
            assertEquals(TimescaleStatus.OVERDUE, journey.status(d(2026, 12, 18), null, monday, 5));
            assertEquals(TimescaleStatus.DUE_SOON, journey.status(monday, null, monday, 5), "due today");
            // Wednesday 30 December is 5 working days away over Christmas (22, 23, 24, 29, 30): due soon;
            // without the bank holidays it would be 7 and on time
            assertEquals(TimescaleStatus.DUE_SOON, journey.status(d(2026, 12, 30), null, monday, 5));
            assertEquals(TimescaleStatus.ON_TIME,
                    new CaseJourney(WEEKDAYS_ONLY).status(d(2026, 12, 30), null, monday, 5));
            assertEquals(TimescaleStatus.ON_TIME, journey.status(d(2026, 12, 31), null, monday, 5));
            assertEquals(TimescaleStatus.DUE_SOON, journey.status(d(2026, 12, 31), null, monday, 6));
            assertEquals("govuk-tag--red", TimescaleStatus.OVERDUE.tagClass());
            assertEquals("govuk-tag--yellow", TimescaleStatus.DUE_SOON.tagClass());
        }
    }
}
