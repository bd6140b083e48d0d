package org.safeguard.corporateparenting.model;

/** Why a period of care ended. */
public enum LeavingReason {
    RETURN_HOME("Returned home to parents or family"),
    SPECIAL_GUARDIANSHIP("Special guardianship order"),
    ADOPTION("Adopted"),
    CHILD_ARRANGEMENTS("Child arrangements order"),
    TURNED_18("Turned 18"),
    OTHER("Other");

    private final String label;

    LeavingReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
