package org.safeguard.familysafeguarding.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Progress towards a goal at a review. "Worse" and "No change" are choices in their own right:
 * the seeds name professional over-optimism as a failure mode (000 §6.3.7).
 */
public enum Progress {
    WORSE("Things have got worse"),
    NO_CHANGE("No change"),
    SOME("Some progress"),
    GOOD("Good progress"),
    ACHIEVED("Goal achieved");

    private final String label;

    Progress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Progress> parse(String value) {
        return Arrays.stream(values()).filter(p -> p.name().equals(value)).findFirst();
    }
}
