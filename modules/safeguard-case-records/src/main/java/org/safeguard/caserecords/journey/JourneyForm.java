package org.safeguard.caserecords.journey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.safeguard.caserecords.model.CasePlan;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;

/**
 * One of the journey's form pages: its fields, its rules, and the change it makes. Every rule is
 * checked before anything is written; {@link #validate} returns the write to run only when the
 * errors are empty (the pages run it in one transaction).
 */
abstract class JourneyForm {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The change a valid form makes, given the case version the form was built from. */
    @FunctionalInterface
    interface Write {
        List<JourneyService.Change> apply(int version);
    }

    /** What a form is validated against: the case as read now, the values typed, who is acting, the council's today. */
    record Input(CaseFile file, Map<String, String> values, FormErrors errors, CurrentUser user, LocalDate today) {}

    abstract JourneyAction action();

    abstract String heading();

    abstract String submitLabel();

    /** The ?done= flag the summary shows a success banner for. */
    abstract String done();

    /** Every field name the form posts (a date input's three boxes each). */
    abstract List<String> fieldNames();

    /** The field errors go on when the whole step is refused: the first one on the page. */
    abstract String firstField();

    /** Starting values for a new form. */
    Map<String, String> initial(CaseFile file) {
        return Map.of();
    }

    /** Paragraphs above the form giving the user what they need to know (due dates, what the step does). */
    List<String> intro(CaseFile file) {
        return List.of();
    }

    /** A consequence to warn about (GOV.UK warning text), or null. */
    String warning(CaseFile file) {
        return null;
    }

    abstract List<Map<String, Object>> fields(CaseFile file, Map<String, String> values, FormErrors errors);

    abstract Write validate(Input input);

    // ----- shared rules -----

    static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static List<String> dateNames(String name) {
        return List.of(name + "Day", name + "Month", name + "Year");
    }

    /** A date typed into {@code name}: required or not, real, not in the future. Null when missing or wrong. */
    static LocalDate pastDate(Input input, String name, String label, boolean required) {
        Map<String, String> v = input.values();
        Optional<LocalDate> date = FormDates.parse(name, label, v.getOrDefault(name + "Day", ""),
                v.getOrDefault(name + "Month", ""), v.getOrDefault(name + "Year", ""), required, input.errors());
        FormDates.notInFuture(date, input.today(), name, label, input.errors());
        return date.filter(d -> !d.isAfter(input.today())).orElse(null);
    }

    /** "Date held must be on or after ..." unless {@code date} is on or after {@code floor}. */
    static void notBefore(Input input, LocalDate date, LocalDate floor, String name, String label, String what) {
        if (date != null && floor != null && date.isBefore(floor)) {
            input.errors().add(name + "Day", capitalise(label) + " must be on or after " + what + " (" + format(floor) + ")");
        }
    }

    /** A step that ends a plan or closes the case cannot be dated before the open plan started. */
    static void notBeforeOpenPlan(Input input, LocalDate date, String name, String label) {
        Optional<CasePlan> plan = input.file().openPlan();
        plan.ifPresent(p -> notBefore(input, date, p.startedOn(), name, label,
                "the " + p.kind().label().toLowerCase() + " started"));
    }

    static void notBeforeOpened(Input input, LocalDate date, String name, String label) {
        notBefore(input, date, input.file().record().openedOn(), name, label, "the case was opened");
    }

    /** Free text: required or not, at most {@code max} characters (a browser's CRLF counts as one). */
    static String text(Input input, String name, boolean required, int max, String missing, String tooLong) {
        String value = input.values().getOrDefault(name, "").strip().replace("\r\n", "\n");
        if (value.isEmpty()) {
            if (required) {
                input.errors().add(name, missing);
            }
            return null;
        }
        if (value.length() > max) {
            input.errors().add(name, tooLong);
            return null;
        }
        return value;
    }

    /** One of an enum's values chosen on radios; anything else (nothing, a tampered value) gets {@code missing}. */
    static <E extends Enum<E>> E choice(Input input, String name, List<E> allowed, String missing) {
        String value = input.values().getOrDefault(name, "");
        for (E candidate : allowed) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        input.errors().add(name, missing);
        return null;
    }

    static String capitalise(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
