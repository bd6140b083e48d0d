package org.safeguard.fostering.carers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safeguard.fostering.data.Dates;
import org.safeguard.fostering.model.DeregistrationReason;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/** "De-register these carers": the date, the reason, notes (required for "another reason"). */
public final class DeregistrationForm {

    static final String ON = "deregisteredOn";
    static final String REASON = "reason";
    static final String NOTES = "notes";
    static final int NOTES_MAX = 2000;

    private final FormValues values;

    public DeregistrationForm(FormValues values) {
        this.values = values;
    }

    public static DeregistrationForm from(WebRequest request) {
        return new DeregistrationForm(FormValues.read(request, List.of(REASON, NOTES), List.of(ON)));
    }

    public FormValues values() {
        return values;
    }

    public FormErrors validate(LocalDate today, LocalDate approvedSince, FormErrors errors) {
        Optional<LocalDate> on = values.date(ON, "date of de-registration", true, errors);
        FormDates.notInFuture(on, today, ON, "date of de-registration", errors);
        if (on.isPresent() && approvedSince != null && !on.get().isAfter(approvedSince)) {
            errors.add(ON + "Day", "The date of de-registration must be after " + Dates.shown(approvedSince)
                    + ", when this approval began");
        }
        Optional<DeregistrationReason> reason = values.choice(REASON, DeregistrationReason.class);
        if (reason.isEmpty()) {
            errors.add(REASON, "Choose why the carers are de-registered");
        }
        if (reason.filter(r -> r == DeregistrationReason.OTHER).isPresent()) {
            values.required(NOTES, NOTES_MAX, "Enter the reason", "The notes", errors);
        } else {
            values.optional(NOTES, NOTES_MAX, "The notes", errors);
        }
        return errors;
    }

    public LocalDate on() {
        return values.date(ON, "", true, new FormErrors()).orElseThrow();
    }

    public DeregistrationReason reason() {
        return values.choice(REASON, DeregistrationReason.class).orElseThrow();
    }

    public String notes() {
        return values.blank(NOTES) ? null : values.get(NOTES);
    }
}
