package org.safeguard.corporateparenting.model;

/** The statutory health checks of a child in care. */
public enum HealthCheckKind {
    INITIAL_HEALTH("Initial health assessment"),
    REVIEW_HEALTH("Review health assessment"),
    DENTAL("Dental check");

    private final String label;

    HealthCheckKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
