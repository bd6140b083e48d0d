package org.safeguard.corporateparenting.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/** A form's values as typed (kept to show the form again) and the checks every form shares. */
public final class FormValues {

    private final Map<String, String> values = new LinkedHashMap<>();

    public static FormValues of(WebRequest request, String... names) {
        FormValues form = new FormValues();
        for (String name : names) {
            form.values.put(name, request.form(name).orElse(""));
        }
        return form;
    }

    public static FormValues empty() {
        return new FormValues();
    }

    /** Reads the three boxes of a date input. */
    public FormValues withDate(WebRequest request, String name) {
        for (String part : new String[] {"Day", "Month", "Year"}) {
            values.put(name + part, request.form(name + part).orElse(""));
        }
        return this;
    }

    public FormValues put(String name, String value) {
        values.put(name, value == null ? "" : value);
        return this;
    }

    public FormValues putDate(String name, LocalDate date) {
        Map<String, Object> parts = new LinkedHashMap<>();
        FormDates.fill(parts, name, date);
        parts.forEach((k, v) -> values.put(k, String.valueOf(v)));
        return this;
    }

    public String get(String name) {
        return values.getOrDefault(name, "");
    }

    public Map<String, String> values() {
        return values;
    }

    /** A required or optional date, real and not in the future. */
    public Optional<LocalDate> pastDate(String name, String label, boolean required, LocalDate today, FormErrors errors) {
        Optional<LocalDate> date = FormDates.parse(name, label, get(name + "Day"), get(name + "Month"), get(name + "Year"),
                required, errors);
        FormDates.notInFuture(date, today, name, label, errors);
        return errors.has(name + "Day") ? Optional.empty() : date;
    }

    /** Free text: required or not, at most {@code max} characters. */
    public Optional<String> text(String name, String missing, String subject, int max, boolean required, FormErrors errors) {
        String value = get(name).strip();
        if (value.isEmpty()) {
            if (required) {
                errors.add(name, missing);
            }
            return Optional.empty();
        }
        if (value.length() > max) {
            errors.add(name, subject + " must be " + max + " characters or fewer");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** One of an enum's names, or an error. */
    public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type, String missing, FormErrors errors) {
        String value = get(name);
        if (value.isEmpty()) {
            errors.add(name, missing);
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            errors.add(name, missing);
            return Optional.empty();
        }
    }

    /** "yes" or "no". */
    public Optional<Boolean> yesNo(String name, String missing, boolean required, FormErrors errors) {
        String value = get(name);
        if ("yes".equals(value) || "no".equals(value)) {
            return Optional.of("yes".equals(value));
        }
        if (required || !value.isEmpty()) {
            errors.add(name, missing);
        }
        return Optional.empty();
    }
}
