package org.safeguard.caserecords.journey;

import org.safeguard.caserecords.CaseRecordsModule;

/** What a user can do from the case summary: each a form page under {@code /cases/{caseId}} and its POST. */
public enum JourneyAction {
    COMPLETE_ASSESSMENT("Complete the assessment", "/assessment/complete", CaseRecordsModule.CASEWORK),
    SIGN_OFF_ASSESSMENT("Sign off the assessment", "/assessment/sign-off", CaseRecordsModule.SIGN_OFF),
    RECORD_STRATEGY_DISCUSSION("Record a strategy discussion", "/strategy", CaseRecordsModule.CASEWORK),
    RECORD_SECTION_47_OUTCOME("Record the section 47 enquiry outcome", "/strategy/outcome", CaseRecordsModule.CASEWORK),
    RECORD_INITIAL_CONFERENCE("Record the initial child protection conference", "/conference/initial",
            CaseRecordsModule.CASEWORK),
    RECORD_REVIEW_CONFERENCE("Record a review child protection conference", "/conference/review",
            CaseRecordsModule.CASEWORK),
    START_CHILD_IN_NEED_PLAN("Start a child in need plan", "/plan/child-in-need", CaseRecordsModule.CASEWORK),
    SET_PROCEEDINGS_MARKERS("Set or clear pre-proceedings and care proceedings", "/markers", CaseRecordsModule.CASEWORK),
    STEP_DOWN_EARLY_HELP("Step down to early help", "/step-down", CaseRecordsModule.CASEWORK),
    CLOSE_CASE("Close the case", "/close", CaseRecordsModule.CASEWORK);

    private final String label;
    private final String suffix;
    private final String permission;

    JourneyAction(String label, String suffix, String permission) {
        this.label = label;
        this.suffix = suffix;
        this.permission = permission;
    }

    public String label() {
        return label;
    }

    /** The path after {@code /cases/{caseId}}. */
    public String suffix() {
        return suffix;
    }

    public String href(long caseId) {
        return "/cases/" + caseId + suffix;
    }

    public String permission() {
        return permission;
    }
}
