package org.safeguard.familysafeguarding.family;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.safeguard.familysafeguarding.web.Text;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/**
 * "This is no longer a factor": when, and why. The reason is required: ending a factor is a
 * judgement the team must be able to check, because over-optimism about change is the failure the
 * seeds name (000 §6.3.7).
 */
public final class EndFactorForm {

    static final String ENDED_ON = "endedOn";
    static final String REASON = "reason";
    static final int REASON_MAX = 1000;

    private final String day;
    private final String month;
    private final String year;
    private final String reason;

    public EndFactorForm(String day, String month, String year, String reason) {
        this.day = Text.clean(day);
        this.month = Text.clean(month);
        this.year = Text.clean(year);
        this.reason = Text.clean(reason);
    }

    public static EndFactorForm from(WebRequest request) {
        return new EndFactorForm(request.form(ENDED_ON + "Day").orElse(""), request.form(ENDED_ON + "Month").orElse(""),
                request.form(ENDED_ON + "Year").orElse(""), request.form(REASON).orElse(""));
    }

    public static EndFactorForm blank() {
        return new EndFactorForm("", "", "", "");
    }

    public FormErrors validate(LocalDate identifiedOn, LocalDate today) {
        FormErrors errors = new FormErrors();
        Optional<LocalDate> on = FormDates.parse(ENDED_ON, "date it stopped being a factor", day, month, year, true, errors);
        FormDates.notInFuture(on, today, ENDED_ON, "date it stopped being a factor", errors);
        if (on.isPresent() && on.get().isBefore(identifiedOn)) {
            errors.add(ENDED_ON + "Day", "Date it stopped being a factor must be on or after " + Text.date(identifiedOn)
                    + ", when it was identified");
        }
        if (reason.isEmpty()) {
            errors.add(REASON, "Enter why this is no longer a factor");
        } else if (reason.length() > REASON_MAX) {
            errors.add(REASON, "Why this is no longer a factor must be " + String.format("%,d", REASON_MAX)
                    + " characters or fewer");
        }
        return errors;
    }

    public LocalDate endedOn() {
        return FormDates.parse(ENDED_ON, "date", day, month, year, true, new FormErrors()).orElseThrow();
    }

    public String reason() {
        return reason;
    }

    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(ENDED_ON + "Day", day);
        values.put(ENDED_ON + "Month", month);
        values.put(ENDED_ON + "Year", year);
        values.put(REASON, reason);
        return values;
    }
}
