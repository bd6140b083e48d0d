package org.safeguard.caserecords.notes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.safeguard.caserecords.model.SignificantEvent;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/** The "Add a significant event" form as typed, and its rules. */
public final class SignificantEventForm {

    static final String OCCURRED_ON = "occurredOn";
    static final String TITLE = "title";
    static final String DETAIL = "detail";

    /** What a valid form saves; detail is null when left blank. */
    public record Content(LocalDate occurredOn, String title, String detail) {}

    private final String day;
    private final String month;
    private final String year;
    private final String title;
    private final String detail;

    public SignificantEventForm(String day, String month, String year, String title, String detail) {
        this.day = clean(day);
        this.month = clean(month);
        this.year = clean(year);
        this.title = clean(title);
        this.detail = clean(detail).replace("\r\n", "\n");
    }

    public static SignificantEventForm from(WebRequest request) {
        return new SignificantEventForm(field(request, OCCURRED_ON + "Day"), field(request, OCCURRED_ON + "Month"),
                field(request, OCCURRED_ON + "Year"), field(request, TITLE), field(request, DETAIL));
    }

    public static SignificantEventForm blank() {
        return new SignificantEventForm("", "", "", "", "");
    }

    public FormErrors validate(LocalDate today) {
        FormErrors errors = new FormErrors();
        Optional<LocalDate> on = FormDates.parse(OCCURRED_ON, "date of the event", day, month, year, true, errors);
        FormDates.notInFuture(on, today, OCCURRED_ON, "date of the event", errors);
        if (title.isEmpty()) {
            errors.add(TITLE, "Enter what happened");
        } else if (title.length() > SignificantEvent.TITLE_MAX) {
            errors.add(TITLE, "What happened must be " + SignificantEvent.TITLE_MAX + " characters or fewer");
        }
        if (detail.length() > SignificantEvent.DETAIL_MAX) {
            errors.add(DETAIL, "Details must be 4,000 characters or fewer");
        }
        return errors;
    }

    /** Only after {@link #validate} found nothing. */
    public Content content() {
        LocalDate on = FormDates.parse(OCCURRED_ON, "date", day, month, year, true, new FormErrors()).orElseThrow();
        return new Content(on, title, detail.isEmpty() ? null : detail);
    }

    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(OCCURRED_ON + "Day", day);
        values.put(OCCURRED_ON + "Month", month);
        values.put(OCCURRED_ON + "Year", year);
        values.put(TITLE, title);
        values.put(DETAIL, detail);
        return values;
    }

    private static String field(WebRequest request, String name) {
        return request.form(name).orElse("");
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
