package org.safeguard.reflection.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.safeguard.reflection.model.ReflectionSession;

/** How the pages put dates, times and time shares into words. */
final class Words {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Words() {
    }

    /** "Tuesday 3 March 2026, 10:00 to 12:00". */
    static String when(ReflectionSession session) {
        return DAY.format(session.startsAt()) + ", " + TIME.format(session.startsAt()) + " to "
                + TIME.format(session.endsAt());
    }

    /** "Reflection session, 3 March 2026": the session's title. */
    static String title(ReflectionSession session) {
        return "Reflection session, " + DATE.format(session.heldOn());
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "0.5 FTE". */
    static String fte(BigDecimal fte) {
        return (fte == null ? "0" : fte.stripTrailingZeros().toPlainString()) + " FTE";
    }

    static String families(long count) {
        return count == 1 ? "1 family" : count + " families";
    }
}
