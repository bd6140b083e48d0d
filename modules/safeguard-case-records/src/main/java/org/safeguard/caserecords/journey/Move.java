package org.safeguard.caserecords.journey;

import org.safeguard.caserecords.model.Assessment;
import org.safeguard.caserecords.model.Conference;
import org.safeguard.caserecords.model.StrategyDiscussion;

/**
 * Every way a case's stage can change. {@link CaseJourney} says from which stages each is allowed
 * and where it leads; {@link #doing} finishes the sentence "you cannot ..." when it is not.
 */
public enum Move {
    ASSESSMENT_NO_FURTHER_ACTION("complete the assessment"),
    ASSESSMENT_EARLY_HELP("complete the assessment"),
    ASSESSMENT_CHILD_IN_NEED("complete the assessment"),
    ASSESSMENT_CHILD_PROTECTION("complete the assessment"),
    ASSESSMENT_CARE_PROCEEDINGS("complete the assessment"),
    STRATEGY_SECTION_47("record a strategy discussion"),
    STRATEGY_NO_SECTION_47("record a strategy discussion"),
    SECTION_47_CONFERENCE("record the outcome of a section 47 enquiry"),
    SECTION_47_CHILD_IN_NEED("record the outcome of a section 47 enquiry"),
    SECTION_47_NO_FURTHER_ACTION("record the outcome of a section 47 enquiry"),
    INITIAL_CONFERENCE_PLAN("record an initial child protection conference"),
    INITIAL_CONFERENCE_NO_PLAN_CHILD_IN_NEED("record an initial child protection conference"),
    INITIAL_CONFERENCE_NO_PLAN_CLOSE("record an initial child protection conference"),
    REVIEW_CONTINUE("record a review child protection conference"),
    REVIEW_END_PLAN_CHILD_IN_NEED("record a review child protection conference"),
    REVIEW_END_PLAN_CLOSE("record a review child protection conference"),
    START_CHILD_IN_NEED_PLAN("start a child in need plan"),
    STEP_DOWN_EARLY_HELP("step the case down to early help"),
    CLOSE("close the case");

    private final String doing;

    Move(String doing) {
        this.doing = doing;
    }

    public String doing() {
        return doing;
    }

    public static Move afterAssessment(Assessment.Outcome outcome) {
        return switch (outcome) {
            case NO_FURTHER_ACTION -> ASSESSMENT_NO_FURTHER_ACTION;
            case EARLY_HELP -> ASSESSMENT_EARLY_HELP;
            case CHILD_IN_NEED -> ASSESSMENT_CHILD_IN_NEED;
            case CHILD_PROTECTION -> ASSESSMENT_CHILD_PROTECTION;
            case CARE_PROCEEDINGS -> ASSESSMENT_CARE_PROCEEDINGS;
        };
    }

    public static Move afterStrategyDiscussion(boolean section47) {
        return section47 ? STRATEGY_SECTION_47 : STRATEGY_NO_SECTION_47;
    }

    public static Move afterSection47(StrategyDiscussion.Section47Outcome outcome) {
        return switch (outcome) {
            case CONFERENCE -> SECTION_47_CONFERENCE;
            case CHILD_IN_NEED -> SECTION_47_CHILD_IN_NEED;
            case NO_FURTHER_ACTION -> SECTION_47_NO_FURTHER_ACTION;
        };
    }

    /** @param next only read when there is no plan */
    public static Move afterInitialConference(Conference.Outcome outcome, NextStep next) {
        return switch (outcome) {
            case PLAN -> INITIAL_CONFERENCE_PLAN;
            case NO_PLAN -> next == NextStep.CLOSE ? INITIAL_CONFERENCE_NO_PLAN_CLOSE
                    : INITIAL_CONFERENCE_NO_PLAN_CHILD_IN_NEED;
            default -> throw new JourneyException("An initial conference either makes a child protection plan or does not.");
        };
    }

    /** @param next only read when the plan ends */
    public static Move afterReviewConference(Conference.Outcome outcome, NextStep next) {
        return switch (outcome) {
            case CONTINUE -> REVIEW_CONTINUE;
            case END_PLAN -> next == NextStep.CLOSE ? REVIEW_END_PLAN_CLOSE : REVIEW_END_PLAN_CHILD_IN_NEED;
            default -> throw new JourneyException("A review conference either continues the plan or ends it.");
        };
    }
}
