package org.safeguard.platform.api.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;


/**
 * Reads a GOV.UK date input: three fields {@code <name>Day}, {@code <name>Month}, {@code <name>Year}.
 * Messages follow the design system's date input guidance; the error is put on {@code <name>Day}
 * so the error summary link lands on the first box.
 */
public final class FormDates {

    private FormDates() {
    }

    /**
     * @param label as used in a sentence, e.g. "date of birth"
     * @return empty when blank (with an error if required) or invalid (always with an error)
     */
    public static Optional<LocalDate> read(WebRequest request, String name, String label, boolean required,
                                           FormErrors errors) {
        String day = request.form(name + "Day").orElse("");
        String month = request.form(name + "Month").orElse("");
        String year = request.form(name + "Year").orElse("");
        return parse(name, label, day, month, year, required, errors);
    }

    public static Optional<LocalDate> parse(String name, String label, String day, String month, String year,
                                            boolean required, FormErrors errors) {
        String field = name + "Day";
        if (day.isBlank() && month.isBlank() && year.isBlank()) {
            if (required) {
                errors.add(field, "Enter the " + label);
            }
            return Optional.empty();
        }
        if (day.isBlank() || month.isBlank() || year.isBlank()) {
            String missing = day.isBlank() ? "day" : month.isBlank() ? "month" : "year";
            errors.add(field, capitalise(label) + " must include a " + missing);
            return Optional.empty();
        }
        if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
            errors.add(field, capitalise(label) + " must be a real date");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            errors.add(field, capitalise(label) + " must be a real date");
            return Optional.empty();
        }
    }

    /** Adds "must be today or in the past" when the date is after today. */
    public static void notInFuture(Optional<LocalDate> date, LocalDate today, String name, String label,
                                   FormErrors errors) {
        if (date.isPresent() && date.get().isAfter(today)) {
            errors.add(name + "Day", capitalise(label) + " must be today or in the past");
        }
    }

    /** The three form values for re-showing a date input, e.g. {@code form.put(...)}. */
    public static void fill(java.util.Map<String, Object> form, String name, LocalDate date) {
        if (date != null) {
            form.put(name + "Day", String.valueOf(date.getDayOfMonth()));
            form.put(name + "Month", String.valueOf(date.getMonthValue()));
            form.put(name + "Year", String.valueOf(date.getYear()));
        }
    }

    static String capitalise(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
