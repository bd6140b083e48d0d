package org.safeguard.fostering.data;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in messages, as the pages show them: "25 November 2026". */
public final class Dates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    public static String shown(LocalDate date) {
        return SHOWN.format(date);
    }
}
