package org.safeguard.corporateparenting.model;

/** What an independent reviewing officer's case alert is about. */
public enum AlertConcern {
    PERMANENCE_DRIFT("Drift in planning for permanence"),
    PLACEMENT_STABILITY("Placement stability"),
    CARE_PLAN_ACTIONS("Actions from the last review not done"),
    VISITS("Statutory visits not made"),
    HEALTH("Health assessments or health needs"),
    EDUCATION("Education or the personal education plan"),
    FAMILY_TIME("Family time and contact"),
    OTHER("Other");

    private final String label;

    AlertConcern(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
