package org.safeguard.fostering.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/**
 * A form's values as typed (trimmed, "" when blank), so a form shown again with errors keeps them,
 * and the readers every form shares: length limits, whole numbers, dates.
 */
public final class FormValues {

    private final Map<String, String> values = new LinkedHashMap<>();

    public FormValues() {
    }

    public FormValues(Map<String, String> values) {
        values.forEach((k, v) -> this.values.put(k, v == null ? "" : v.trim()));
    }

    /** Reads these fields; a date field {@code x} is read as {@code xDay}, {@code xMonth}, {@code xYear}. */
    public static FormValues read(WebRequest request, List<String> fields, List<String> dates) {
        FormValues form = new FormValues();
        for (String field : fields) {
            form.put(field, request.form(field).orElse(""));
        }
        for (String date : dates) {
            for (String part : List.of("Day", "Month", "Year")) {
                form.put(date + part, request.form(date + part).orElse(""));
            }
        }
        return form;
    }

    public FormValues put(String field, String value) {
        values.put(field, value == null ? "" : value.trim().replace("\r\n", "\n"));
        return this;
    }

    public String get(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean blank(String field) {
        return get(field).isEmpty();
    }

    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }

    /** A required text up to {@code max} characters. */
    public String required(String field, int max, String emptyMessage, String tooLongLabel, FormErrors errors) {
        String value = get(field);
        if (value.isEmpty()) {
            errors.add(field, emptyMessage);
        } else {
            maxLength(field, max, tooLongLabel, errors);
        }
        return value;
    }

    /** An optional text up to {@code max} characters; null when blank. */
    public String optional(String field, int max, String tooLongLabel, FormErrors errors) {
        String value = get(field);
        if (value.isEmpty()) {
            return null;
        }
        maxLength(field, max, tooLongLabel, errors);
        return value;
    }

    private void maxLength(String field, int max, String label, FormErrors errors) {
        if (get(field).length() > max) {
            errors.add(field, label + " must be " + max + " characters or fewer");
        }
    }

    /** A whole number from {@code min} to {@code max}; empty with an error otherwise. */
    public Optional<Integer> wholeNumber(String field, int min, int max, String emptyMessage, String label,
                                        FormErrors errors) {
        String value = get(field);
        if (value.isEmpty()) {
            errors.add(field, emptyMessage);
            return Optional.empty();
        }
        if (!value.matches("\\d{1,4}")) {
            errors.add(field, label + " must be a whole number, like " + min);
            return Optional.empty();
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            errors.add(field, label + " must be between " + min + " and " + max);
            return Optional.empty();
        }
        return Optional.of(number);
    }

    public Optional<java.time.LocalDate> date(String name, String label, boolean required, FormErrors errors) {
        return FormDates.parse(name, label, get(name + "Day"), get(name + "Month"), get(name + "Year"), required,
                errors);
    }

    /** The value when it is one of {@code type}'s constants; empty (no error) otherwise. */
    public <E extends Enum<E>> Optional<E> choice(String field, Class<E> type) {
        String value = get(field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
