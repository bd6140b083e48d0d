package org.safeguard.caserecords.journey;

/** Where a case goes when a conference decides against (or ends) a child protection plan. */
public enum NextStep {
    CHILD_IN_NEED("Child in need plan"),
    CLOSE("Close the case");

    private final String label;

    NextStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
