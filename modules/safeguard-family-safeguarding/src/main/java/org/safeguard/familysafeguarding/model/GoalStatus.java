package org.safeguard.familysafeguarding.model;

/** Where a goal agreed with a parent stands. */
public enum GoalStatus {
    OPEN("In progress"),
    ACHIEVED("Achieved"),
    STOPPED("Stopped");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
