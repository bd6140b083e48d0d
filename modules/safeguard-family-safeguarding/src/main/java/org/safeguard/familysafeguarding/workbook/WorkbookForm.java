package org.safeguard.familysafeguarding.workbook;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguard.familysafeguarding.model.WorkbookRole;
import org.safeguard.familysafeguarding.web.Options;
import org.safeguard.familysafeguarding.web.Text;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/**
 * A workbook chapter or monthly summary as typed. A new summary also names its worker role (for
 * someone who writes as more than one) and its month: this month or one of the
 * {@link #MONTHS_BACK} before it. Pure rules, unit-tested.
 */
public final class WorkbookForm {

    static final String BODY = "body";
    static final String ROLE = "role";
    static final String MONTH = "month";
    static final String REVISION = "revision";
    static final int CHAPTER_MAX = 12000;
    static final int SUMMARY_MAX = 4000;
    static final int MONTHS_BACK = 11;

    private final String body;
    private final String role;
    private final String month;
    private final String revision;

    public WorkbookForm(String body, String role, String month, String revision) {
        this.body = Text.clean(body);
        this.role = Text.clean(role);
        this.month = Text.clean(month);
        this.revision = Text.clean(revision);
    }

    public static WorkbookForm from(WebRequest request) {
        return new WorkbookForm(request.form(BODY).orElse(""), request.form(ROLE).orElse(""),
                request.form(MONTH).orElse(""), request.form(REVISION).orElse(""));
    }

    /** The text must be there and fit; {@code max} is the chapter's or the summary's limit. */
    public FormErrors validateText(int max, String what) {
        FormErrors errors = new FormErrors();
        checkText(errors, max, what);
        return errors;
    }

    /**
     * A new monthly summary: the role must be one the user writes as, the month one of those offered.
     *
     * @param taken months (first days) this role already has a summary for, by role
     */
    public FormErrors validateSummary(Set<WorkbookRole> roles, Map<WorkbookRole, Set<LocalDate>> taken, LocalDate today) {
        FormErrors errors = new FormErrors();
        Optional<WorkbookRole> chosenRole = role(roles);
        if (chosenRole.isEmpty()) {
            errors.add(ROLE, "Select whose summary this is");
        }
        Optional<LocalDate> chosenMonth = month(today);
        if (chosenMonth.isEmpty()) {
            errors.add(MONTH, "Select the month the summary covers");
        } else if (chosenRole.isPresent()
                && taken.getOrDefault(chosenRole.get(), Set.of()).contains(chosenMonth.get())) {
            errors.add(MONTH, "There is already a " + chosenRole.get().label().toLowerCase() + "'s summary for "
                    + Text.month(chosenMonth.get()) + ". Change that one instead");
        }
        checkText(errors, SUMMARY_MAX, "summary");
        return errors;
    }

    private void checkText(FormErrors errors, int max, String what) {
        if (body.isEmpty()) {
            errors.add(BODY, "Enter the " + what);
        } else if (body.length() > max) {
            errors.add(BODY, capitalise(what) + " must be " + String.format("%,d", max) + " characters or fewer");
        }
    }

    public String body() {
        return body;
    }

    public Optional<WorkbookRole> role(Set<WorkbookRole> roles) {
        return WorkbookRole.parse(role).filter(roles::contains);
    }

    /** The first day of the chosen month, when it is one of those offered. */
    public Optional<LocalDate> month(LocalDate today) {
        return months(today).stream().filter(m -> m.toString().substring(0, 7).equals(month)).findFirst();
    }

    /** The revision the writer started from; empty when missing or tampered with. */
    public Optional<Integer> revision() {
        return revision.matches("\\d{1,9}") ? Optional.of(Integer.parseInt(revision)) : Optional.empty();
    }

    public WorkbookForm withRevision(int current) {
        return new WorkbookForm(body, role, month, String.valueOf(current));
    }

    /** This month and the {@link #MONTHS_BACK} before it, newest first, as their first days. */
    static List<LocalDate> months(LocalDate today) {
        List<LocalDate> months = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (int back = 0; back <= MONTHS_BACK; back++) {
            months.add(current.minusMonths(back).atDay(1));
        }
        return months;
    }

    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(BODY, body);
        values.put(ROLE, role);
        values.put(MONTH, month);
        values.put(REVISION, revision);
        return values;
    }

    public List<Map<String, Object>> roleOptions(Set<WorkbookRole> roles) {
        return Options.radios(ROLE, roles.stream().sorted()
                .map(r -> Options.Choice.of(r.name(), r.label())).toList(), role);
    }

    public List<Map<String, Object>> monthOptions(LocalDate today) {
        return Options.radios(MONTH, months(today).stream()
                .map(m -> Options.Choice.of(m.toString().substring(0, 7), Text.month(m))).toList(), month);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
