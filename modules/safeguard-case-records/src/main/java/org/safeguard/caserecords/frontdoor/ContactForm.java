package org.safeguard.caserecords.frontdoor;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguard.caserecords.model.Contact;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.FormErrors;

/**
 * The "Record a contact" form as typed, and its rules; plain so every rule is unit-tested.
 * Field names are the HTML ids, so the error summary's links land on the fields.
 */
public final class ContactForm {

    public static final int SUMMARY_MAX = 4000;

    static final String PERSON = "personId";
    static final String FAMILY = "familyId";
    static final String RECEIVED = "receivedOn";
    static final String SOURCE = "source";
    static final String SUMMARY = "summary";

    private final String family;
    private final String day;
    private final String month;
    private final String year;
    private final String source;
    private final String summary;

    public ContactForm(String family, String day, String month, String year, String source, String summary) {
        this.family = clean(family);
        this.day = clean(day);
        this.month = clean(month);
        this.year = clean(year);
        this.source = clean(source);
        // Browsers send a textarea's line breaks as CRLF; counted as one, our limit matches the character count.
        this.summary = clean(summary).replace("\r\n", "\n");
    }

    /** An empty form: the family chosen when the child lives in one household, received today. */
    public static ContactForm blank(Optional<Long> onlyFamily, LocalDate today) {
        return new ContactForm(onlyFamily.map(String::valueOf).orElse(""), String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()), "", "");
    }

    /**
     * Every rule at once, so the user fixes everything in one go.
     *
     * @param families the child's current households the user may see
     */
    public FormErrors validate(Set<Long> families, LocalDate today) {
        FormErrors errors = new FormErrors();
        if (family.isEmpty()) {
            errors.add(FAMILY, "Select the family the child lives in");
        } else if (familyId().isEmpty() || !families.contains(familyId().get())) {
            // a stale or tampered form: the child has left that household, or it is not one the user sees
            errors.add(FAMILY, "Select one of the child's current families");
        }
        Optional<LocalDate> received = FormDates.parse(RECEIVED, "date the contact was received", day, month, year,
                true, errors);
        FormDates.notInFuture(received, today, RECEIVED, "date the contact was received", errors);
        if (source.isEmpty() || source().isEmpty()) {
            errors.add(SOURCE, "Select where the contact came from");
        }
        if (summary.isEmpty()) {
            errors.add(SUMMARY, "Enter a summary of the contact");
        } else if (summary.length() > SUMMARY_MAX) {
            errors.add(SUMMARY, "Summary must be 4,000 characters or fewer");
        }
        return errors;
    }

    public Optional<Long> familyId() {
        return Ids.parse(family);
    }

    public Optional<LocalDate> receivedOn() {
        return FormDates.parse(RECEIVED, "date", day, month, year, true, new FormErrors());
    }

    public Optional<Contact.Source> source() {
        return Arrays.stream(Contact.Source.values()).filter(s -> s.name().equals(source)).findFirst();
    }

    public String summary() {
        return summary;
    }

    /** The values as typed, to show the form again. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(FAMILY, family);
        values.put(RECEIVED + "Day", day);
        values.put(RECEIVED + "Month", month);
        values.put(RECEIVED + "Year", year);
        values.put(SOURCE, source);
        values.put(SUMMARY, summary);
        return values;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
