package org.safeguard.corporateparenting.model;

/** Whether a health assessment or dental check took place: older young people may decline one (seed 001). */
public enum HealthOutcome {
    COMPLETED("Completed"),
    DECLINED("Declined by the young person");

    private final String label;

    HealthOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
