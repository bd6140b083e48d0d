package org.safeguard.familysafeguarding.model;

import java.util.Arrays;
import java.util.Optional;

/** Domestic abuse practitioners work with both victims and perpetrators (000 §6.3.1); an assignment says which. */
public enum DomesticAbuseWork {
    VICTIM("With a victim"),
    PERPETRATOR("With a perpetrator");

    private final String label;

    DomesticAbuseWork(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DomesticAbuseWork> parse(String value) {
        return Arrays.stream(values()).filter(w -> w.name().equals(value)).findFirst();
    }
}
