package org.safeguard.familysafeguarding.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a session with a parent took place. Home and joint visits come first: families engage more
 * easily with adult work brought to them than with appointments they must attend (000 §6.3.5).
 */
public enum SessionType {
    HOME_VISIT("Home visit"),
    JOINT_VISIT("Joint visit with the social worker"),
    OFFICE("Appointment at an office or clinic"),
    PHONE("Phone call"),
    VIDEO("Video call"),
    GROUP("Group session");

    private final String label;

    SessionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SessionType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
    }
}
