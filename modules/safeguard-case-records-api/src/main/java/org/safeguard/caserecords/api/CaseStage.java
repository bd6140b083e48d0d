package org.safeguard.caserecords.api;

/** Where a child's case is on the journey from referral to closure. */
public enum CaseStage {
    ASSESSMENT("Assessment"),
    CHILD_IN_NEED("Child in need"),
    CHILD_PROTECTION_ENQUIRY("Child protection enquiry"),
    CHILD_PROTECTION("Child protection"),
    CLOSED("Closed");

    private final String label;

    CaseStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
