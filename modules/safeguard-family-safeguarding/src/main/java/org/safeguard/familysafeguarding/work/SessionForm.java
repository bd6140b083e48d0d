package org.safeguard.familysafeguarding.work;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.familysafeguarding.model.Attendance;
import org.safeguard.familysafeguarding.model.Engagement;
import org.safeguard.familysafeguarding.model.MotivationalFocus;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.model.SessionType;
import org.safeguard.familysafeguarding.web.AssignmentView;
import org.safeguard.familysafeguarding.web.Options;
import org.safeguard.familysafeguarding.web.Text;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.WebRequest;

/**
 * "Record a session with a parent". The focus and the engagement rating are asked only of a
 * session the parent attended: a missed appointment has neither, and recording one would flatter
 * the engagement figures. Pure rules, unit-tested.
 */
public final class SessionForm {

    static final String ASSIGNMENT = "assignmentId";
    static final String HELD_ON = "heldOn";
    static final String TYPE = "sessionType";
    static final String ATTENDANCE = "attendance";
    static final String FOCUS = "focus";
    static final String ENGAGEMENT = "engagement";
    static final String NOTES = "notes";
    static final int NOTES_MAX = 4000;

    /** What a valid form saves; focus and engagement are null unless the parent attended. */
    public record Content(PractitionerAssignment assignment, LocalDate heldOn, SessionType type, Attendance attendance,
                          MotivationalFocus focus, Engagement engagement, String notes) {}

    private final String assignment;
    private final String day;
    private final String month;
    private final String year;
    private final String type;
    private final String attendance;
    private final String focus;
    private final String engagement;
    private final String notes;

    public SessionForm(String assignment, String day, String month, String year, String type, String attendance,
                       String focus, String engagement, String notes) {
        this.assignment = Text.clean(assignment);
        this.day = Text.clean(day);
        this.month = Text.clean(month);
        this.year = Text.clean(year);
        this.type = Text.clean(type);
        this.attendance = Text.clean(attendance);
        this.focus = Text.clean(focus);
        this.engagement = Text.clean(engagement);
        this.notes = Text.clean(notes);
    }

    public static SessionForm from(WebRequest request) {
        return new SessionForm(field(request, ASSIGNMENT), field(request, HELD_ON + "Day"),
                field(request, HELD_ON + "Month"), field(request, HELD_ON + "Year"), field(request, TYPE),
                field(request, ATTENDANCE), field(request, FOCUS), field(request, ENGAGEMENT), field(request, NOTES));
    }

    /** A blank form; with only one assignment to choose, it is chosen. */
    public static SessionForm blank(List<PractitionerAssignment> workable, LocalDate today) {
        String only = workable.size() == 1 ? String.valueOf(workable.get(0).id()) : "";
        return new SessionForm(only, String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()), "", "", "", "", "");
    }

    /** @param workable the open assignments the user may record sessions under */
    public FormErrors validate(List<PractitionerAssignment> workable, LocalDate today) {
        FormErrors errors = new FormErrors();
        Optional<PractitionerAssignment> chosen = assignment(workable);
        if (chosen.isEmpty()) {
            errors.add(ASSIGNMENT, "Select who the session was with");
        }
        Optional<LocalDate> on = FormDates.parse(HELD_ON, "date of the session", day, month, year, true, errors);
        FormDates.notInFuture(on, today, HELD_ON, "date of the session", errors);
        if (on.isPresent() && chosen.isPresent() && on.get().isBefore(chosen.get().startedOn())) {
            errors.add(HELD_ON + "Day", "Date of the session must be on or after " + Text.date(chosen.get().startedOn())
                    + ", when the work started");
        }
        if (SessionType.parse(type).isEmpty()) {
            errors.add(TYPE, "Select the type of session");
        }
        Optional<Attendance> attended = Attendance.parse(attendance);
        if (attended.isEmpty()) {
            errors.add(ATTENDANCE, "Select whether the parent attended");
        } else if (attended.get() == Attendance.ATTENDED) {
            if (MotivationalFocus.parse(focus).isEmpty()) {
                errors.add(FOCUS, "Select what the session focused on");
            }
            if (Engagement.parse(engagement).isEmpty()) {
                errors.add(ENGAGEMENT, "Select how engaged the parent was");
            }
        }
        if (notes.isEmpty()) {
            errors.add(NOTES, "Enter what happened in the session");
        } else if (notes.length() > NOTES_MAX) {
            errors.add(NOTES, "What happened must be 4,000 characters or fewer");
        }
        return errors;
    }

    public Content content(List<PractitionerAssignment> workable) {
        Attendance attended = Attendance.parse(attendance).orElseThrow();
        boolean present = attended == Attendance.ATTENDED;
        return new Content(assignment(workable).orElseThrow(),
                FormDates.parse(HELD_ON, "date", day, month, year, true, new FormErrors()).orElseThrow(),
                SessionType.parse(type).orElseThrow(), attended,
                present ? MotivationalFocus.parse(focus).orElseThrow() : null,
                present ? Engagement.parse(engagement).orElseThrow() : null, notes);
    }

    private Optional<PractitionerAssignment> assignment(List<PractitionerAssignment> workable) {
        return Ids.parse(assignment).flatMap(id -> workable.stream().filter(a -> a.id() == id).findFirst());
    }

    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(ASSIGNMENT, assignment);
        values.put(HELD_ON + "Day", day);
        values.put(HELD_ON + "Month", month);
        values.put(HELD_ON + "Year", year);
        values.put(TYPE, type);
        values.put(ATTENDANCE, attendance);
        values.put(FOCUS, focus);
        values.put(ENGAGEMENT, engagement);
        values.put(NOTES, notes);
        return values;
    }

    public List<Map<String, Object>> assignmentOptions(List<PractitionerAssignment> workable) {
        return Options.radios(ASSIGNMENT, workable.stream()
                .map(a -> Options.Choice.of(String.valueOf(a.id()), AssignmentView.of(a).choiceLabel())).toList(),
                assignment);
    }

    public List<Map<String, Object>> typeOptions() {
        return Options.radios(TYPE, Arrays.stream(SessionType.values())
                .map(t -> Options.Choice.of(t.name(), t.label())).toList(), type);
    }

    public List<Map<String, Object>> attendanceOptions() {
        return Options.radios(ATTENDANCE, Arrays.stream(Attendance.values())
                .map(a -> Options.Choice.of(a.name(), a.label())).toList(), attendance);
    }

    public List<Map<String, Object>> focusOptions() {
        return Options.radios(FOCUS, Arrays.stream(MotivationalFocus.values())
                .map(f -> new Options.Choice(f.name(), f.label(), "Mostly " + f.hint())).toList(), focus);
    }

    public List<Map<String, Object>> engagementOptions() {
        return Options.radios(ENGAGEMENT, Arrays.stream(Engagement.values())
                .map(e -> Options.Choice.of(e.name(), e.score() + " – " + e.label())).toList(), engagement);
    }

    private static String field(WebRequest request, String name) {
        return request.form(name).orElse("");
    }
}
