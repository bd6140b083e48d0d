package org.safeguard.fostering.model;

/** The kind of foster placement a child needs, as the matching page asks it. */
public enum PlacementNeed {
    SHORT_TERM("Short-term or emergency"),
    LONG_TERM("Long-term"),
    SHORT_BREAKS("Short breaks");

    private final String label;

    PlacementNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
