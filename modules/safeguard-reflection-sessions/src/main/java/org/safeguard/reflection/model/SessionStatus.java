package org.safeguard.reflection.model;

/** Where a reflection session is: planned, held and closed, or called off. */
public enum SessionStatus {
    SCHEDULED("Scheduled"),
    CLOSED("Closed"),
    CANCELLED("Cancelled");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
