package org.safeguard.familysafeguarding.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The "toxic trio" as it affects one adult (seeds 000 §6.3.3): domestic abuse is recorded as a
 * victim or as a perpetrator, because the work with each is different.
 */
public enum FactorKind {
    SUBSTANCE_MISUSE("Substance or alcohol misuse", Discipline.SUBSTANCE_MISUSE),
    DOMESTIC_ABUSE_VICTIM("Domestic abuse: victim", Discipline.DOMESTIC_ABUSE),
    DOMESTIC_ABUSE_PERPETRATOR("Domestic abuse: perpetrator", Discipline.DOMESTIC_ABUSE),
    MENTAL_HEALTH("Adult mental ill-health", Discipline.MENTAL_HEALTH);

    private final String label;
    private final Discipline discipline;

    FactorKind(String label, Discipline discipline) {
        this.label = label;
        this.discipline = discipline;
    }

    public String label() {
        return label;
    }

    /** Whose work it is: a factor without an open assignment of this discipline leaves the family waiting. */
    public Discipline discipline() {
        return discipline;
    }

    public static Optional<FactorKind> parse(String value) {
        return Arrays.stream(values()).filter(k -> k.name().equals(value)).findFirst();
    }
}
