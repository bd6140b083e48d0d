package org.safeguard.fostering.carers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safeguard.fostering.data.Dates;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/**
 * A child came to live with the carers, or left them: recorded on fostering's pages only while
 * corporate parenting is not in use (otherwise it records placements and tells fostering).
 */
public final class PlacementForm {

    static final String CASE = "caseNumber";
    static final String STARTED_ON = "startedOn";
    static final String ENDED_ON = "endedOn";

    private final FormValues values;

    public PlacementForm(FormValues values) {
        this.values = values;
    }

    public static PlacementForm start(WebRequest request) {
        return new PlacementForm(FormValues.read(request, List.of(CASE), List.of(STARTED_ON)));
    }

    public static PlacementForm end(WebRequest request) {
        return new PlacementForm(FormValues.read(request, List.of(), List.of(ENDED_ON)));
    }

    public FormValues values() {
        return values;
    }

    public Optional<Long> caseNumber() {
        String typed = values.get(CASE).replaceAll("\\s", "");
        return typed.matches("\\d{1,18}") ? Optional.of(Long.parseLong(typed)) : Optional.empty();
    }

    /** The case number and start date; the page then checks the case is one the user can see. */
    public FormErrors validateStart(LocalDate today, FormErrors errors) {
        if (values.blank(CASE)) {
            errors.add(CASE, "Enter the child's case number");
        } else if (caseNumber().isEmpty()) {
            errors.add(CASE, "The case number must be a number, like 1042");
        }
        Optional<LocalDate> on = values.date(STARTED_ON, "date the child came", true, errors);
        FormDates.notInFuture(on, today, STARTED_ON, "date the child came", errors);
        return errors;
    }

    public FormErrors validateEnd(LocalDate today, LocalDate startedOn, FormErrors errors) {
        Optional<LocalDate> on = values.date(ENDED_ON, "date the child left", true, errors);
        FormDates.notInFuture(on, today, ENDED_ON, "date the child left", errors);
        if (on.isPresent() && on.get().isBefore(startedOn)) {
            errors.add(ENDED_ON + "Day", "The date the child left must be on or after " + Dates.shown(startedOn));
        }
        return errors;
    }

    public LocalDate startedOn() {
        return values.date(STARTED_ON, "", true, new FormErrors()).orElseThrow();
    }

    public LocalDate endedOn() {
        return values.date(ENDED_ON, "", true, new FormErrors()).orElseThrow();
    }
}
