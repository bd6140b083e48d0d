package org.safeguard.familysafeguarding.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The authority's choice of which families an adult practitioner may see. The default is the whole
 * team's families: Family Safeguarding is whole-family working inside one team (000 §6.3.1, 001).
 */
public enum PractitionerScope {
    TEAM("All their team's families", "Adult practitioners see every family their team holds, as the social workers do."),
    ASSIGNED("Only families they are assigned to", "Adult practitioners see only the families where they work with a parent now.");

    private final String label;
    private final String hint;

    PractitionerScope(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public static Optional<PractitionerScope> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst();
    }
}
