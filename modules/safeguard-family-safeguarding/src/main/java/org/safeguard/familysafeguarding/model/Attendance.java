package org.safeguard.familysafeguarding.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether a planned session took place. Managers watch missed sessions: avoidance is a risk signal (001). */
public enum Attendance {
    ATTENDED("Attended"),
    DID_NOT_ATTEND("Did not attend"),
    CANCELLED("Cancelled");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Attendance> parse(String value) {
        return Arrays.stream(values()).filter(a -> a.name().equals(value)).findFirst();
    }
}
