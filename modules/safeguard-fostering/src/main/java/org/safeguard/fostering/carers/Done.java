package org.safeguard.fostering.carers;

import java.util.Map;

/** The success banners after a household's forms (post/redirect/get: {@code ?done=<code>}). */
final class Done {

    private static final Map<String, String> MESSAGES = Map.of(
            "added", "Foster carers added",
            "details", "Details changed",
            "approval", "Approval recorded",
            "deregistered", "Carers de-registered",
            "review", "Annual review recorded",
            "training", "Training recorded",
            "placed", "Child recorded as living with the carers",
            "left", "Child recorded as having left");

    private Done() {
    }

    /** Null for a code we did not send: nothing is shown. */
    static String message(String code) {
        return MESSAGES.get(code);
    }
}
