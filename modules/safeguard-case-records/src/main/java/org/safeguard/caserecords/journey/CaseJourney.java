package org.safeguard.caserecords.journey;

import static org.safeguard.caserecords.api.CaseStage.ASSESSMENT;
import static org.safeguard.caserecords.api.CaseStage.CHILD_IN_NEED;
import static org.safeguard.caserecords.api.CaseStage.CHILD_PROTECTION;
import static org.safeguard.caserecords.api.CaseStage.CHILD_PROTECTION_ENQUIRY;
import static org.safeguard.caserecords.api.CaseStage.CLOSED;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.caserecords.model.AuthoritySettings;
import org.safeguard.caserecords.model.CasePlan;
import org.safeguard.caserecords.model.ClosureReason;

/**
 * The statutory journey of a child's case after referral, as rules and nothing else (no database):
 * which stage changes are allowed and where they lead, which actions are open at each point, and
 * every timescale (Working Together 2023: assessment within 45 working days of referral; initial
 * conference within 15 working days of the strategy discussion; first review within 3 months,
 * then every 6; statutory visits at the authority's interval). Working days come only from
 * {@link WorkingDays}.
 */
public final class CaseJourney {

    public static final int ASSESSMENT_WORKING_DAYS = 45;
    public static final int INITIAL_CONFERENCE_WORKING_DAYS = 15;
    public static final int FIRST_REVIEW_MONTHS = 3;
    public static final int LATER_REVIEW_MONTHS = 6;
    /** Plans open longer than this need action (the seeds: "plans over 12 months"). */
    public static final int LONG_PLAN_MONTHS = 12;

    private static final Set<CaseStage> OPEN_STAGES = EnumSet.of(ASSESSMENT, CHILD_IN_NEED,
            CHILD_PROTECTION_ENQUIRY, CHILD_PROTECTION);

    private static final Map<Move, Map<CaseStage, CaseStage>> TRANSITIONS = new EnumMap<>(Move.class);

    static {
        allow(Move.ASSESSMENT_NO_FURTHER_ACTION, ASSESSMENT, CLOSED);
        allow(Move.ASSESSMENT_EARLY_HELP, ASSESSMENT, CLOSED);
        allow(Move.ASSESSMENT_CHILD_IN_NEED, ASSESSMENT, CHILD_IN_NEED);
        allow(Move.ASSESSMENT_CHILD_PROTECTION, ASSESSMENT, CHILD_PROTECTION_ENQUIRY);
        allow(Move.ASSESSMENT_CARE_PROCEEDINGS, ASSESSMENT, CHILD_PROTECTION_ENQUIRY);
        // step up: a strategy discussion about a child in need that starts a s.47 enquiry
        allow(Move.STRATEGY_SECTION_47, CHILD_IN_NEED, CHILD_PROTECTION_ENQUIRY);
        allow(Move.STRATEGY_SECTION_47, CHILD_PROTECTION_ENQUIRY, CHILD_PROTECTION_ENQUIRY);
        // thresholds for a s.47 enquiry not met: the case stays where it was
        allow(Move.STRATEGY_NO_SECTION_47, CHILD_IN_NEED, CHILD_IN_NEED);
        allow(Move.STRATEGY_NO_SECTION_47, CHILD_PROTECTION_ENQUIRY, CHILD_PROTECTION_ENQUIRY);
        allow(Move.SECTION_47_CONFERENCE, CHILD_PROTECTION_ENQUIRY, CHILD_PROTECTION_ENQUIRY);
        allow(Move.SECTION_47_CHILD_IN_NEED, CHILD_PROTECTION_ENQUIRY, CHILD_IN_NEED);
        allow(Move.SECTION_47_NO_FURTHER_ACTION, CHILD_PROTECTION_ENQUIRY, CLOSED);
        allow(Move.INITIAL_CONFERENCE_PLAN, CHILD_PROTECTION_ENQUIRY, CHILD_PROTECTION);
        allow(Move.INITIAL_CONFERENCE_NO_PLAN_CHILD_IN_NEED, CHILD_PROTECTION_ENQUIRY, CHILD_IN_NEED);
        allow(Move.INITIAL_CONFERENCE_NO_PLAN_CLOSE, CHILD_PROTECTION_ENQUIRY, CLOSED);
        allow(Move.REVIEW_CONTINUE, CHILD_PROTECTION, CHILD_PROTECTION);
        allow(Move.REVIEW_END_PLAN_CHILD_IN_NEED, CHILD_PROTECTION, CHILD_IN_NEED);
        allow(Move.REVIEW_END_PLAN_CLOSE, CHILD_PROTECTION, CLOSED);
        allow(Move.START_CHILD_IN_NEED_PLAN, CHILD_IN_NEED, CHILD_IN_NEED);
        allow(Move.START_CHILD_IN_NEED_PLAN, CHILD_PROTECTION_ENQUIRY, CHILD_IN_NEED);
        allow(Move.STEP_DOWN_EARLY_HELP, CHILD_IN_NEED, CLOSED);
        for (CaseStage open : OPEN_STAGES) {
            allow(Move.CLOSE, open, CLOSED);
        }
    }

    private static void allow(Move move, CaseStage from, CaseStage to) {
        TRANSITIONS.computeIfAbsent(move, m -> new EnumMap<>(CaseStage.class)).put(from, to);
    }

    private final WorkingDays workingDays;

    public CaseJourney(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    // ----- stage changes -----

    /** Where {@code move} takes a case at {@code from}; a {@link JourneyException} when it may not. */
    public static CaseStage next(CaseStage from, Move move) {
        CaseStage to = TRANSITIONS.getOrDefault(move, Map.of()).get(from);
        if (to == null) {
            throw new JourneyException(refusal(from, move.doing()));
        }
        return to;
    }

    public static boolean allows(CaseStage from, Move move) {
        return TRANSITIONS.getOrDefault(move, Map.of()).containsKey(from);
    }

    /** Why a case closes when a move closes it; {@code chosen} is the reason the user picked (for {@link Move#CLOSE}). */
    public static ClosureReason closureReason(Move move, ClosureReason chosen) {
        return switch (move) {
            case ASSESSMENT_NO_FURTHER_ACTION, SECTION_47_NO_FURTHER_ACTION, INITIAL_CONFERENCE_NO_PLAN_CLOSE ->
                    ClosureReason.NO_FURTHER_ACTION;
            case ASSESSMENT_EARLY_HELP, STEP_DOWN_EARLY_HELP -> ClosureReason.STEP_DOWN_EARLY_HELP;
            case REVIEW_END_PLAN_CLOSE -> ClosureReason.NEEDS_MET;
            case CLOSE -> Objects.requireNonNull(chosen, "a closure needs a reason");
            default -> throw new IllegalArgumentException(move + " does not close a case");
        };
    }

    /** The plan a move starts, if any: a child in need plan is only started when none is open already. */
    public static CasePlan.Kind planStarted(Move move) {
        return switch (move) {
            case ASSESSMENT_CHILD_IN_NEED, SECTION_47_CHILD_IN_NEED, INITIAL_CONFERENCE_NO_PLAN_CHILD_IN_NEED,
                 REVIEW_END_PLAN_CHILD_IN_NEED, START_CHILD_IN_NEED_PLAN -> CasePlan.Kind.CHILD_IN_NEED;
            case INITIAL_CONFERENCE_PLAN -> CasePlan.Kind.CHILD_PROTECTION;
            default -> null;
        };
    }

    /**
     * Why an open plan of {@code kind} ends on this move, or null when it carries on. A child in
     * need plan carries on through a s.47 enquiry and ends when a CP plan replaces it; a CP plan
     * ends only at a review or a closure; every plan ends when the case closes.
     */
    public static CasePlan.EndReason planEnded(Move move, CasePlan.Kind kind, ClosureReason chosen) {
        return switch (move) {
            case INITIAL_CONFERENCE_PLAN ->
                    kind == CasePlan.Kind.CHILD_IN_NEED ? CasePlan.EndReason.STEP_UP_CHILD_PROTECTION : null;
            case REVIEW_END_PLAN_CHILD_IN_NEED ->
                    kind == CasePlan.Kind.CHILD_PROTECTION ? CasePlan.EndReason.STEP_DOWN_CHILD_IN_NEED : null;
            case STEP_DOWN_EARLY_HELP, ASSESSMENT_EARLY_HELP -> CasePlan.EndReason.STEP_DOWN_EARLY_HELP;
            case CLOSE -> chosen == ClosureReason.STEP_DOWN_EARLY_HELP ? CasePlan.EndReason.STEP_DOWN_EARLY_HELP
                    : chosen == ClosureReason.TRANSFERRED_TO_CARE ? CasePlan.EndReason.CARE
                    : CasePlan.EndReason.CASE_CLOSED;
            case ASSESSMENT_NO_FURTHER_ACTION, SECTION_47_NO_FURTHER_ACTION, INITIAL_CONFERENCE_NO_PLAN_CLOSE,
                 REVIEW_END_PLAN_CLOSE -> CasePlan.EndReason.CASE_CLOSED;
            default -> null;
        };
    }

    // ----- what can be done now -----

    /** The actions open on a case in this state, whoever the user is (the pages add the permission check). */
    public static Set<JourneyAction> actions(JourneyState state) {
        Set<JourneyAction> actions = EnumSet.noneOf(JourneyAction.class);
        CaseStage stage = state.stage();
        // a manager signs off an assessment even after its outcome closed the case
        if (state.assessmentAwaitingSignOff()) {
            actions.add(JourneyAction.SIGN_OFF_ASSESSMENT);
        }
        if (!state.open()) {
            return actions;
        }
        if (stage == ASSESSMENT && state.assessmentOpen()) {
            actions.add(JourneyAction.COMPLETE_ASSESSMENT);
        }
        boolean enquiryUnderWay = state.section47Open() || state.initialConferencePending();
        if ((stage == CHILD_IN_NEED || stage == CHILD_PROTECTION_ENQUIRY) && !enquiryUnderWay) {
            actions.add(JourneyAction.RECORD_STRATEGY_DISCUSSION);
        }
        if (stage == CHILD_PROTECTION_ENQUIRY && state.section47Open()) {
            actions.add(JourneyAction.RECORD_SECTION_47_OUTCOME);
        }
        // the conference follows the s.47 enquiry's outcome, never comes before it
        if (stage == CHILD_PROTECTION_ENQUIRY && state.initialConferencePending() && !state.section47Open()) {
            actions.add(JourneyAction.RECORD_INITIAL_CONFERENCE);
        }
        if (stage == CHILD_PROTECTION && state.reviewConferencePending()) {
            actions.add(JourneyAction.RECORD_REVIEW_CONFERENCE);
        }
        if (state.openPlan() == null && (stage == CHILD_IN_NEED || (stage == CHILD_PROTECTION_ENQUIRY && !enquiryUnderWay))) {
            actions.add(JourneyAction.START_CHILD_IN_NEED_PLAN);
        }
        actions.add(JourneyAction.SET_PROCEEDINGS_MARKERS);
        if (stage == CHILD_IN_NEED) {
            actions.add(JourneyAction.STEP_DOWN_EARLY_HELP);
        }
        actions.add(JourneyAction.CLOSE_CASE);
        return actions;
    }

    /** A {@link JourneyException} unless {@code action} is open in {@code state}. */
    public static void check(JourneyState state, JourneyAction action) {
        if (!actions(state).contains(action)) {
            throw new JourneyException(notAvailable(state, action));
        }
    }

    static String notAvailable(JourneyState state, JourneyAction action) {
        return switch (action) {
            case COMPLETE_ASSESSMENT -> state.stage() == ASSESSMENT
                    ? "There is no assessment to complete on this case." : refusal(state.stage(), "complete an assessment");
            case SIGN_OFF_ASSESSMENT -> "There is no completed assessment waiting for sign-off on this case.";
            case RECORD_SECTION_47_OUTCOME -> state.stage() == CHILD_PROTECTION_ENQUIRY
                    ? "There is no section 47 enquiry waiting for an outcome on this case."
                    : refusal(state.stage(), "record a section 47 outcome");
            case RECORD_INITIAL_CONFERENCE -> state.stage() == CHILD_PROTECTION_ENQUIRY
                    ? (state.section47Open() ? "Record the outcome of the section 47 enquiry before the initial conference."
                        : "No initial child protection conference is due on this case.")
                    : refusal(state.stage(), "record an initial child protection conference");
            case RECORD_REVIEW_CONFERENCE -> state.stage() == CHILD_PROTECTION
                    ? "No review conference is due on this case."
                    : refusal(state.stage(), "record a review child protection conference");
            case RECORD_STRATEGY_DISCUSSION -> state.open() && (state.section47Open() || state.initialConferencePending())
                    ? "A section 47 enquiry is already under way on this case."
                    : refusal(state.stage(), "record a strategy discussion");
            case START_CHILD_IN_NEED_PLAN -> state.openPlan() != null && state.open()
                    ? "This case already has an open " + state.openPlan().label().toLowerCase() + "."
                    : refusal(state.stage(), "start a child in need plan");
            case SET_PROCEEDINGS_MARKERS -> refusal(state.stage(), "change its proceedings markers");
            case STEP_DOWN_EARLY_HELP -> refusal(state.stage(), "step it down to early help");
            case CLOSE_CASE -> refusal(state.stage(), "close it");
        };
    }

    private static String refusal(CaseStage stage, String doing) {
        if (stage == CLOSED) {
            return "This case is closed, so you cannot " + doing + ".";
        }
        return "This case is at the " + stage.label().toLowerCase() + " stage, so you cannot " + doing + ".";
    }

    // ----- timescales -----

    /** Single assessment: 45 working days from the referral. */
    public LocalDate assessmentDue(LocalDate referredOn) {
        return workingDays.plusWorkingDays(referredOn, ASSESSMENT_WORKING_DAYS);
    }

    /** Initial child protection conference: 15 working days from the strategy discussion that started the s.47 enquiry. */
    public LocalDate initialConferenceDue(LocalDate strategyDiscussionOn) {
        return workingDays.plusWorkingDays(strategyDiscussionOn, INITIAL_CONFERENCE_WORKING_DAYS);
    }

    /** First review: 3 calendar months after the initial conference (30 November gives 28 February). */
    public static LocalDate firstReviewDue(LocalDate initialConferenceHeldOn) {
        return initialConferenceHeldOn.plusMonths(FIRST_REVIEW_MONTHS);
    }

    /** Every later review: 6 calendar months after the review before it was held. */
    public static LocalDate nextReviewDue(LocalDate reviewHeldOn) {
        return reviewHeldOn.plusMonths(LATER_REVIEW_MONTHS);
    }

    /**
     * Next statutory visit: the interval after the later of the plan's start and the last visit
     * at which the child was seen. A visit before the plan started does not count towards it.
     */
    public static LocalDate visitDue(LocalDate planStartedOn, LocalDate lastVisitOn, int intervalDays) {
        LocalDate from = lastVisitOn != null && lastVisitOn.isAfter(planStartedOn) ? lastVisitOn : planStartedOn;
        return from.plusDays(intervalDays);
    }

    /** The authority's visit interval for a new plan of this kind. */
    public static int visitInterval(CasePlan.Kind kind, AuthoritySettings settings) {
        return kind == CasePlan.Kind.CHILD_PROTECTION ? settings.cpVisitIntervalDays() : settings.cinVisitIntervalDays();
    }

    /** Whole months a plan has run on {@code asOf} (its end, or today while open). */
    public static long planMonths(LocalDate startedOn, LocalDate asOf) {
        return Math.max(0, Period.between(startedOn, asOf).toTotalMonths());
    }

    /** Open over 12 months on {@code asOf}: a plan started 3 March 2026 is flagged from 4 March 2027. */
    public static boolean overTwelveMonths(LocalDate startedOn, LocalDate asOf) {
        return asOf.isAfter(startedOn.plusMonths(LONG_PLAN_MONTHS));
    }

    /**
     * Done once done; overdue after the due date; due soon from {@code dueSoonWorkingDays} working
     * days before it (the due day itself included); otherwise on time.
     */
    public TimescaleStatus status(LocalDate dueOn, LocalDate doneOn, LocalDate today, int dueSoonWorkingDays) {
        if (doneOn != null) {
            return TimescaleStatus.DONE;
        }
        if (today.isAfter(dueOn)) {
            return TimescaleStatus.OVERDUE;
        }
        return workingDays.workingDaysBetween(today, dueOn) <= dueSoonWorkingDays
                ? TimescaleStatus.DUE_SOON : TimescaleStatus.ON_TIME;
    }
}
