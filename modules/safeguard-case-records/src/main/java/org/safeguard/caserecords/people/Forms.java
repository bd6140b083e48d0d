package org.safeguard.caserecords.people;

import java.util.Optional;
import java.util.function.Function;

import org.safeguard.platform.api.web.FormErrors;

/** Small rules shared by this slice's forms. */
final class Forms {

    private Forms() {
    }

    /** A field as typed, trimmed, "" when absent: the host already trims. */
    static String text(Function<String, Optional<String>> field, String name) {
        return field.apply(name).map(String::strip).orElse("");
    }

    /** Required text of at most {@code max} characters (the column's size). */
    static void required(FormErrors errors, String name, String value, String missing, String label, int max) {
        if (value.isEmpty()) {
            errors.add(name, missing);
        } else {
            maxLength(errors, name, value, label, max);
        }
    }

    static void maxLength(FormErrors errors, String name, String value, String label, int max) {
        if (value.length() > max) {
            errors.add(name, label + " must be " + max + " characters or fewer");
        }
    }
}
