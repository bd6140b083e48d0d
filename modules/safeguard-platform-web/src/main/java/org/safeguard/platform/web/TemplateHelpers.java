package org.safeguard.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;

import com.github.jknack.handlebars.Handlebars;

import org.safeguard.platform.api.time.CouncilClock;

/**
 * The helpers every template may use: {@code eq}, {@code date}, {@code dateTime}. Public only so the
 * testing kit renders modules' templates exactly as the host does (the package is not exported).
 */
public final class TemplateHelpers {

    /** Staff work in England: instants are shown in UK local time. */
    static final ZoneId UK = CouncilClock.ZONE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private TemplateHelpers() {
    }

    public static Handlebars register(Handlebars handlebars) {
        handlebars.registerHelper("eq", (Object a, com.github.jknack.handlebars.Options options) ->
                equal(a, options.param(0, null)));
        handlebars.registerHelper("date", (Object value, com.github.jknack.handlebars.Options options) ->
                format(value, DATE));
        handlebars.registerHelper("dateTime", (Object value, com.github.jknack.handlebars.Options options) ->
                format(value, DATE_TIME));
        return handlebars;
    }

    /** Lenient about types so {@code (eq state "OPEN")} works for an enum and {@code (eq id 3)} for a Long. */
    static boolean equal(Object a, Object b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        return a != null && b != null && String.valueOf(a).equals(String.valueOf(b));
    }

    static String format(Object value, DateTimeFormatter formatter) {
        TemporalAccessor temporal = null;
        if (value instanceof Instant instant) {
            temporal = instant.atZone(UK);
        } else if (value instanceof OffsetDateTime offset) {
            temporal = offset.atZoneSameInstant(UK);
        } else if (value instanceof ZonedDateTime zoned) {
            temporal = zoned.withZoneSameInstant(UK);
        } else if (value instanceof LocalDateTime local) {
            temporal = local;
        } else if (value instanceof LocalDate date) {
            temporal = formatter == DATE_TIME ? date.atStartOfDay() : date;
        }
        if (temporal == null) {
            return value == null ? "" : String.valueOf(value);
        }
        return formatter.format(temporal);
    }
}
