package org.safeguard.fostering.model;

/** What happened to a supervised contact session. */
public enum Attendance {
    PLANNED("Planned", false),
    TOOK_PLACE("Took place", true),
    FAMILY_DID_NOT_ATTEND("Family member did not attend", true),
    CHILD_DID_NOT_ATTEND("Child did not attend", true),
    CANCELLED_BY_FAMILY("Cancelled by the family", true),
    CANCELLED_BY_SERVICE("Cancelled by the service", true);

    private final String label;
    private final boolean recorded;

    Attendance(String label, boolean recorded) {
        this.label = label;
        this.recorded = recorded;
    }

    public String label() {
        return label;
    }

    /** False only for a session still to happen (or whose outcome is still to be recorded). */
    public boolean recorded() {
        return recorded;
    }
}
