package org.safeguard.familysafeguarding.family;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.familysafeguarding.model.AssignmentEndReason;
import org.safeguard.familysafeguarding.web.Options;
import org.safeguard.familysafeguarding.web.Text;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/** "End this assignment": when the practitioner stopped working with the parent, and why. */
public final class EndAssignmentForm {

    static final String ENDED_ON = "endedOn";
    static final String REASON = "reason";

    private final String day;
    private final String month;
    private final String year;
    private final String reason;

    public EndAssignmentForm(String day, String month, String year, String reason) {
        this.day = Text.clean(day);
        this.month = Text.clean(month);
        this.year = Text.clean(year);
        this.reason = Text.clean(reason);
    }

    public static EndAssignmentForm from(WebRequest request) {
        return new EndAssignmentForm(request.form(ENDED_ON + "Day").orElse(""),
                request.form(ENDED_ON + "Month").orElse(""), request.form(ENDED_ON + "Year").orElse(""),
                request.form(REASON).orElse(""));
    }

    public static EndAssignmentForm blank(LocalDate today) {
        return new EndAssignmentForm(String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()), "");
    }

    public FormErrors validate(LocalDate startedOn, LocalDate today) {
        FormErrors errors = new FormErrors();
        Optional<LocalDate> on = FormDates.parse(ENDED_ON, "end date", day, month, year, true, errors);
        FormDates.notInFuture(on, today, ENDED_ON, "end date", errors);
        if (on.isPresent() && on.get().isBefore(startedOn)) {
            errors.add(ENDED_ON + "Day", "End date must be on or after " + Text.date(startedOn) + ", when the work started");
        }
        if (AssignmentEndReason.parse(reason).isEmpty()) {
            errors.add(REASON, "Select why the work ended");
        }
        return errors;
    }

    public LocalDate endedOn() {
        return FormDates.parse(ENDED_ON, "date", day, month, year, true, new FormErrors()).orElseThrow();
    }

    public AssignmentEndReason reason() {
        return AssignmentEndReason.parse(reason).orElseThrow();
    }

    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(ENDED_ON + "Day", day);
        values.put(ENDED_ON + "Month", month);
        values.put(ENDED_ON + "Year", year);
        values.put(REASON, reason);
        return values;
    }

    public List<Map<String, Object>> reasonOptions() {
        return Options.radios(REASON, Arrays.stream(AssignmentEndReason.values())
                .map(r -> Options.Choice.of(r.name(), r.label())).toList(), reason);
    }
}
