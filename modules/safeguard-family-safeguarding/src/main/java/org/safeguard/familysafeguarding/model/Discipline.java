package org.safeguard.familysafeguarding.model;

import java.util.Arrays;
import java.util.Optional;

import org.safeguard.platform.api.security.Role;

/** The three adult practitioner disciplines of a Family Safeguarding team (seeds 000 §6.3.1). */
public enum Discipline {
    SUBSTANCE_MISUSE("Substance and alcohol misuse", "Substance misuse practitioner", "substance misuse",
            Role.ADULT_PRACTITIONER_SUBSTANCE_MISUSE),
    MENTAL_HEALTH("Adult mental health", "Mental health practitioner", "mental health",
            Role.ADULT_PRACTITIONER_MENTAL_HEALTH),
    DOMESTIC_ABUSE("Domestic abuse", "Domestic abuse practitioner", "domestic abuse",
            Role.ADULT_PRACTITIONER_DOMESTIC_ABUSE);

    private final String label;
    private final String practitioner;
    private final String inSentence;
    private final Role role;

    Discipline(String label, String practitioner, String inSentence, Role role) {
        this.label = label;
        this.practitioner = practitioner;
        this.inSentence = inSentence;
        this.role = role;
    }

    public String label() {
        return label;
    }

    /** e.g. "Domestic abuse practitioner". */
    public String practitioner() {
        return practitioner;
    }

    /** Lower case, inside a sentence: "waiting for a domestic abuse practitioner". */
    public String inSentence() {
        return inSentence;
    }

    /** The role a member of staff holds in a team to practise this discipline. */
    public Role role() {
        return role;
    }

    public static Optional<Discipline> ofRole(Role role) {
        return Arrays.stream(values()).filter(d -> d.role == role).findFirst();
    }

    public static Optional<Discipline> parse(String value) {
        return Arrays.stream(values()).filter(d -> d.name().equals(value)).findFirst();
    }
}
