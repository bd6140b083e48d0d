package org.safeguard.familysafeguarding.model;

import java.util.Arrays;
import java.util.Optional;

/** Why an adult practitioner stopped working with a parent. */
public enum AssignmentEndReason {
    WORK_COMPLETED("Work completed"),
    PARENT_DISENGAGED("The parent stopped engaging"),
    REFERRED_ON("Referred on to adult services"),
    CHILDRENS_CASE_CLOSED("The children's case closed"),
    ADULT_LEFT_HOUSEHOLD("The adult left the household"),
    PRACTITIONER_CHANGED("Passed to another practitioner"),
    OTHER("Another reason");

    private final String label;

    AssignmentEndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AssignmentEndReason> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
    }
}
