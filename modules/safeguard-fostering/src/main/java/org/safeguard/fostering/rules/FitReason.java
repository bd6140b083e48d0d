package org.safeguard.fostering.rules;

/** Why a household is not offered for a placement; shown as counts so the matcher knows what was left out. */
public enum FitReason {
    NOT_APPROVED("not approved now (de-registered, or approval not started)"),
    REVIEW_LAPSED("annual review overdue beyond the grace period"),
    NOT_THIS_KIND("not approved for this kind of placement"),
    NOT_CONNECTED("kinship carers of another family"),
    TERMS("their terms of approval rule it out"),
    AGE("a child's age is outside their approved range"),
    NO_ROOM("no room for all the children together");

    private final String label;

    FitReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
