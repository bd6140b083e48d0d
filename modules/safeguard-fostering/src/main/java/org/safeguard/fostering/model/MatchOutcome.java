package org.safeguard.fostering.model;

/** Where a match between children and carers stands. */
public enum MatchOutcome {
    PENDING("Awaiting placement"),
    PLACED("Placed"),
    FELL_THROUGH("Fell through");

    private final String label;

    MatchOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
