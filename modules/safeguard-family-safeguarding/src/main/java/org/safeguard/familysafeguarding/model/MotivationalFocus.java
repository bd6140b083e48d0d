package org.safeguard.familysafeguarding.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The motivational-interviewing process a session concentrated on (the approach the seeds name,
 * 000 §6.3.4): the four processes of motivational interviewing, in the order work usually moves
 * through them.
 */
public enum MotivationalFocus {
    ENGAGING("Engaging", "building a working relationship with the parent"),
    FOCUSING("Focusing", "agreeing what to work on"),
    EVOKING("Evoking", "drawing out the parent's own reasons for change"),
    PLANNING("Planning", "agreeing how the parent will make the change");

    private final String label;
    private final String hint;

    MotivationalFocus(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public static Optional<MotivationalFocus> parse(String value) {
        return Arrays.stream(values()).filter(f -> f.name().equals(value)).findFirst();
    }
}
