package org.safeguard.reflection.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.reflection.model.ReflectionSettings;

/**
 * The authority's reflection figures as typed, with their limits: every open family discussed at
 * least every 1–12 weeks; sessions of 30–480 minutes; 5–60 minutes a family; drift on a child
 * protection plan from 3–24 months (the seeds' pre-proceedings point is 9–12, 004 §2.43, and
 * plans over 12 months need action, 001).
 */
public final class SettingsForm {

    static final String INTERVAL = "intervalWeeks";
    static final String SESSION = "sessionMinutes";
    static final String PER_FAMILY = "minutesPerFamily";
    static final String CP_MONTHS = "driftCpMonths";

    static final int INTERVAL_MAX = 12;
    static final int SESSION_MIN = 30;
    static final int SESSION_MAX = 480;
    static final int PER_FAMILY_MIN = 5;
    static final int PER_FAMILY_MAX = 60;
    static final int CP_MONTHS_MIN = 3;
    static final int CP_MONTHS_MAX = 24;

    private final String interval;
    private final String session;
    private final String perFamily;
    private final String cpMonths;

    public SettingsForm(String interval, String session, String perFamily, String cpMonths) {
        this.interval = clean(interval);
        this.session = clean(session);
        this.perFamily = clean(perFamily);
        this.cpMonths = clean(cpMonths);
    }

    static SettingsForm of(ReflectionSettings current) {
        return new SettingsForm(String.valueOf(current.intervalWeeks()), String.valueOf(current.sessionMinutes()),
                String.valueOf(current.minutesPerFamily()), String.valueOf(current.driftCpMonths()));
    }

    public FormErrors validate() {
        FormErrors errors = new FormErrors();
        check(errors, INTERVAL, interval, "how often every open family must be discussed", "The interval", 1,
                INTERVAL_MAX, "weeks");
        check(errors, SESSION, session, "how long a session usually lasts", "Session length", SESSION_MIN, SESSION_MAX,
                "minutes");
        check(errors, PER_FAMILY, perFamily, "how many minutes a family is given", "Time for each family",
                PER_FAMILY_MIN, PER_FAMILY_MAX, "minutes");
        if (!errors.has(SESSION) && !errors.has(PER_FAMILY) && number(perFamily).getAsInt() > number(session).getAsInt()) {
            errors.add(PER_FAMILY, "Time for each family must not be longer than the session");
        }
        check(errors, CP_MONTHS, cpMonths, "after how many months on a child protection plan to look for drift",
                "Months on a child protection plan", CP_MONTHS_MIN, CP_MONTHS_MAX, "months");
        return errors;
    }

    private static void check(FormErrors errors, String field, String value, String missing, String subject, int min,
                              int max, String unit) {
        if (value.isEmpty()) {
            errors.add(field, "Enter " + missing);
            return;
        }
        OptionalInt number = number(value);
        if (number.isEmpty()) {
            errors.add(field, subject + " must be a whole number of " + unit);
        } else if (number.getAsInt() < min || number.getAsInt() > max) {
            errors.add(field, subject + " must be between " + min + " and " + max + " " + unit);
        }
    }

    int intervalWeeks() {
        return number(interval).orElseThrow();
    }

    int sessionMinutes() {
        return number(session).orElseThrow();
    }

    int minutesPerFamily() {
        return number(perFamily).orElseThrow();
    }

    int driftCpMonths() {
        return number(cpMonths).orElseThrow();
    }

    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(INTERVAL, interval);
        values.put(SESSION, session);
        values.put(PER_FAMILY, perFamily);
        values.put(CP_MONTHS, cpMonths);
        return values;
    }

    private static OptionalInt number(String value) {
        return value.matches("\\d{1,6}") ? OptionalInt.of(Integer.parseInt(value)) : OptionalInt.empty();
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
