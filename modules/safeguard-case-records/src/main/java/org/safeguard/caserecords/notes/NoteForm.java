package org.safeguard.caserecords.notes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.safeguard.caserecords.model.CaseNote;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The "Record a note or visit" form (also its edit form) as typed, and its rules. No web or
 * database types in the rules, so each one is unit-tested on its own. Field names are the HTML
 * ids, so the error summary's links land on the field.
 */
public final class NoteForm {

    public static final int BODY_MAX = 8000;

    static final String KIND = "kind";
    static final String OCCURRED_ON = "occurredOn";
    static final String CHILD_SEEN = "childSeen";
    static final String SEEN_ALONE = "seenAlone";
    static final String STATUTORY = "statutory";
    static final String BODY = "body";
    static final String REVISION = "revision";

    static final String YES = "yes";
    static final String NO = "no";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** What a valid form saves. Seen flags are null for anything but a visit. */
    public record Content(CaseNote.Kind kind, LocalDate occurredOn, Boolean childSeen, Boolean seenAlone,
                          boolean statutory, String body) {}

    private final String kind;
    private final String day;
    private final String month;
    private final String year;
    private final String childSeen;
    private final String seenAlone;
    private final boolean statutory;
    private final String body;
    private final String revision;

    /** Each value as the browser sent it; null or blank means "not filled in". */
    public NoteForm(String kind, String day, String month, String year, String childSeen, String seenAlone,
                    boolean statutory, String body, String revision) {
        this.kind = clean(kind);
        this.day = clean(day);
        this.month = clean(month);
        this.year = clean(year);
        this.childSeen = clean(childSeen);
        this.seenAlone = clean(seenAlone);
        this.statutory = statutory;
        // A textarea's CRLF counts as one character, as in the character count the user sees.
        this.body = clean(body).replace("\r\n", "\n");
        this.revision = clean(revision);
    }

    public static NoteForm from(WebRequest request) {
        return new NoteForm(field(request, KIND), field(request, OCCURRED_ON + "Day"),
                field(request, OCCURRED_ON + "Month"), field(request, OCCURRED_ON + "Year"),
                field(request, CHILD_SEEN), field(request, SEEN_ALONE),
                request.form(STATUTORY).filter(YES::equals).isPresent(), field(request, BODY),
                field(request, REVISION));
    }

    public static NoteForm blank() {
        return new NoteForm("", "", "", "", "", "", false, "", "");
    }

    /** The form filled with a note's current version, for editing it. */
    public static NoteForm of(CaseNote note) {
        LocalDate on = note.occurredOn();
        return new NoteForm(note.kind().name(), String.valueOf(on.getDayOfMonth()), String.valueOf(on.getMonthValue()),
                String.valueOf(on.getYear()), yesNo(note.childSeen()), yesNo(note.seenAlone()), note.statutory(),
                note.body(), String.valueOf(note.revision()));
    }

    /** The same typed values, to be saved over a newer revision (after "changed by someone else"). */
    public NoteForm withRevision(int current) {
        return new NoteForm(kind, day, month, year, childSeen, seenAlone, statutory, body, String.valueOf(current));
    }

    /**
     * Every rule at once, so the user fixes everything in one go.
     *
     * @param today    the council's today
     * @param caseOpen the day the case opened: nothing about this case happened before it
     */
    public FormErrors validate(LocalDate today, LocalDate caseOpen) {
        FormErrors errors = new FormErrors();
        Optional<CaseNote.Kind> chosen = kind();
        if (chosen.isEmpty()) {
            errors.add(KIND, "Select what you are recording");
        }
        Optional<LocalDate> on = FormDates.parse(OCCURRED_ON, "date", day, month, year, true, errors);
        FormDates.notInFuture(on, today, OCCURRED_ON, "date", errors);
        if (on.isPresent() && caseOpen != null && on.get().isBefore(caseOpen)) {
            errors.add(OCCURRED_ON + "Day", "Date must be on or after " + DATE.format(caseOpen) + ", when the case opened");
        }
        if (chosen.isPresent() && chosen.get().visit()) {
            Optional<Boolean> seen = answer(childSeen);
            if (seen.isEmpty()) {
                errors.add(CHILD_SEEN, "Select yes if the child was seen");
            } else if (seen.get()) {
                if (answer(seenAlone).isEmpty()) {
                    errors.add(SEEN_ALONE, "Select yes if the child was seen alone");
                }
            } else if (!seenAlone.isEmpty() && !NO.equals(seenAlone)) {
                // A child who was not seen cannot have been seen alone: a visit record that says
                // both would count wrongly in the "seen alone" figures.
                errors.add(SEEN_ALONE, "Select no for seen alone, or change your answer to whether the child was seen");
            }
        }
        if (body.isEmpty()) {
            errors.add(BODY, "Enter what happened");
        } else if (body.length() > BODY_MAX) {
            errors.add(BODY, "What happened must be 8,000 characters or fewer");
        }
        return errors;
    }

    /** What to save; only call after {@link #validate} found nothing. */
    public Content content() {
        CaseNote.Kind chosen = kind().orElseThrow();
        LocalDate on = FormDates.parse(OCCURRED_ON, "date", day, month, year, true, new FormErrors()).orElseThrow();
        if (!chosen.visit()) {
            return new Content(chosen, on, null, null, false, body);
        }
        boolean seen = answer(childSeen).orElseThrow();
        boolean alone = seen && answer(seenAlone).orElseThrow();
        return new Content(chosen, on, seen, alone, statutory, body);
    }

    public Optional<CaseNote.Kind> kind() {
        for (CaseNote.Kind k : CaseNote.Kind.values()) {
            if (k.name().equals(kind)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The revision the user started editing from; empty when missing or tampered with. */
    public Optional<Integer> revision() {
        return revision.matches("\\d{1,9}") ? Optional.of(Integer.parseInt(revision)) : Optional.empty();
    }

    /** The values as typed, to put back in the form. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(KIND, kind);
        values.put(OCCURRED_ON + "Day", day);
        values.put(OCCURRED_ON + "Month", month);
        values.put(OCCURRED_ON + "Year", year);
        values.put(CHILD_SEEN, childSeen);
        values.put(SEEN_ALONE, seenAlone);
        values.put(STATUTORY, statutory);
        values.put(BODY, body);
        values.put(REVISION, revision);
        return values;
    }

    /** The kind radios; GOV.UK gives the first radio the field's id so the error summary can link to it. */
    public List<Map<String, Object>> kindOptions() {
        List<Map<String, Object>> options = new ArrayList<>();
        CaseNote.Kind[] kinds = CaseNote.Kind.values();
        for (int i = 0; i < kinds.length; i++) {
            options.add(Map.of("value", kinds[i].name(), "label", kinds[i].label(),
                    "inputId", i == 0 ? KIND : KIND + "-" + (i + 1), "checked", kinds[i].name().equals(kind),
                    "visit", kinds[i].visit()));
        }
        return options;
    }

    private static Optional<Boolean> answer(String value) {
        return YES.equals(value) ? Optional.of(true) : NO.equals(value) ? Optional.of(false) : Optional.empty();
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? YES : NO;
    }

    private static String field(WebRequest request, String name) {
        return request.form(name).orElse("");
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
