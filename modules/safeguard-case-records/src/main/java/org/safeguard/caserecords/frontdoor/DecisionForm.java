package org.safeguard.caserecords.frontdoor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.safeguard.caserecords.model.Contact;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;

/** The decision on a contact as typed, and its rules against the contact as it is now. */
public final class DecisionForm {

    public static final int REASON_MAX = 2000;

    static final String OUTCOME = "outcome";
    static final String REASON = "reason";
    static final String DECIDED = "decidedOn";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final String outcome;
    private final String reason;
    private final String day;
    private final String month;
    private final String year;

    public DecisionForm(String outcome, String reason, String day, String month, String year) {
        this.outcome = clean(outcome);
        this.reason = clean(reason).replace("\r\n", "\n");
        this.day = clean(day);
        this.month = clean(month);
        this.year = clean(year);
    }

    public static DecisionForm blank(LocalDate today) {
        return new DecisionForm("", "", String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()));
    }

    /**
     * Every rule at once. A contact already decided is refused before this is asked (it is not
     * something the user can fix in the form).
     */
    public FormErrors validate(Contact contact, LocalDate today) {
        FormErrors errors = new FormErrors();
        Optional<Contact.Outcome> chosen = outcome();
        if (chosen.isEmpty()) {
            errors.add(OUTCOME, "Select what happens next");
        } else if (chosen.get() == Contact.Outcome.MASH && contact.status() == Contact.Status.IN_MASH) {
            errors.add(OUTCOME, "The contact is already in MASH: select what the MASH decided");
        }
        if (reason.isEmpty()) {
            errors.add(REASON, "Enter the reason for the decision");
        } else if (reason.length() > REASON_MAX) {
            errors.add(REASON, "Reason must be 2,000 characters or fewer");
        }
        Optional<LocalDate> on = FormDates.parse(DECIDED, "decision date", day, month, year, true, errors);
        FormDates.notInFuture(on, today, DECIDED, "decision date", errors);
        if (on.isPresent() && on.get().isBefore(contact.receivedOn())) {
            errors.add(DECIDED + "Day", "Decision date must be on or after the date the contact was received, "
                    + SHOWN.format(contact.receivedOn()));
        } else if (on.isPresent() && contact.mashEnteredOn() != null && on.get().isBefore(contact.mashEnteredOn())) {
            errors.add(DECIDED + "Day", "Decision date must be on or after the date the contact went to MASH, "
                    + SHOWN.format(contact.mashEnteredOn()));
        }
        return errors;
    }

    public Optional<Contact.Outcome> outcome() {
        return Arrays.stream(Contact.Outcome.values()).filter(o -> o.name().equals(outcome)).findFirst();
    }

    public String reason() {
        return reason;
    }

    public Optional<LocalDate> decidedOn() {
        return FormDates.parse(DECIDED, "date", day, month, year, true, new FormErrors());
    }

    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(OUTCOME, outcome);
        values.put(REASON, reason);
        values.put(DECIDED + "Day", day);
        values.put(DECIDED + "Month", month);
        values.put(DECIDED + "Year", year);
        return values;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
