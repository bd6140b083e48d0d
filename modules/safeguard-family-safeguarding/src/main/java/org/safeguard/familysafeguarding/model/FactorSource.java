package org.safeguard.familysafeguarding.model;

import java.util.Arrays;
import java.util.Optional;

/** Where a factor came to light: in the single assessment, or later, during the longer-term work. */
public enum FactorSource {
    ASSESSMENT("In the assessment", "in the assessment"),
    LATER("Later, in the work with the family", "later in the work");

    private final String label;
    private final String inSentence;

    FactorSource(String label, String inSentence) {
        this.label = label;
        this.inSentence = inSentence;
    }

    public String label() {
        return label;
    }

    /** "Identified 3 March 2026 by Jess Parson, in the assessment". */
    public String inSentence() {
        return inSentence;
    }

    public static Optional<FactorSource> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst();
    }
}
