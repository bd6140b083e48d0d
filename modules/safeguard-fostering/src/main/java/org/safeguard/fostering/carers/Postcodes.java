package org.safeguard.fostering.carers;

import java.util.Locale;
import java.util.Optional;

/** UK postcodes as people type them ("cb30ap", "CB3  0AP") in the one form the pages show ("CB3 0AP"). */
final class Postcodes {

    private Postcodes() {
    }

    static Optional<String> normalise(String typed) {
        String compact = typed == null ? "" : typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }
}
