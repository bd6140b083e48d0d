package org.safeguard.caserecords.people;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** UK postcodes, stored one way ("PE15 8AA") however they were typed ("pe158aa", " PE15  8AA"). */
public final class Postcodes {

    /** Outward code (area, district, optional sub-district) then inward code; GIR 0AA is the one oddity. */
    private static final Pattern UK = Pattern.compile("^(GIR 0AA|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2})$");

    private Postcodes() {
    }

    /** The postcode in upper case with one space before the inward code; empty when it is not a UK postcode. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("\\s", "").toUpperCase(Locale.UK);
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        String spaced = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return UK.matcher(spaced).matches() ? Optional.of(spaced) : Optional.empty();
    }
}
