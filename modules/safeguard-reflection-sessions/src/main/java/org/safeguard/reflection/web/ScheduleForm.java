package org.safeguard.reflection.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.WebRequest;

/**
 * "Schedule a session" (and "change its details") as typed, and its rules: a real date today or
 * later, a time of day, a length the agenda can be sized by, one of the team's attached clinicians
 * to facilitate, and at least one of the team's practitioners invited. Pure, so unit-tested.
 */
public final class ScheduleForm {

    static final String DATE = "heldOn";
    static final String TIME = "startTime";
    static final String DURATION = "durationMinutes";
    static final String FACILITATOR = "facilitatorId";
    static final String ATTENDEES = "attendeeIds";

    static final int DURATION_MIN = 30;
    static final int DURATION_MAX = 480;

    private final String day;
    private final String month;
    private final String year;
    private final String time;
    private final String duration;
    private final String facilitator;
    private final List<String> attendees;

    public ScheduleForm(String day, String month, String year, String time, String duration, String facilitator,
                        List<String> attendees) {
        this.day = clean(day);
        this.month = clean(month);
        this.year = clean(year);
        this.time = clean(time);
        this.duration = clean(duration);
        this.facilitator = clean(facilitator);
        this.attendees = attendees.stream().map(ScheduleForm::clean).filter(s -> !s.isEmpty()).toList();
    }

    static ScheduleForm from(WebRequest request) {
        return new ScheduleForm(request.form(DATE + "Day").orElse(""), request.form(DATE + "Month").orElse(""),
                request.form(DATE + "Year").orElse(""), request.form(TIME).orElse(""),
                request.form(DURATION).orElse(""), request.form(FACILITATOR).orElse(""), request.formValues(ATTENDEES));
    }

    /** A blank form: the authority's session length, the only facilitator chosen, everyone invited. */
    static ScheduleForm blank(int sessionMinutes, List<Long> facilitators, List<Long> practitioners) {
        return new ScheduleForm("", "", "", "", String.valueOf(sessionMinutes),
                facilitators.size() == 1 ? String.valueOf(facilitators.get(0)) : "",
                practitioners.stream().map(String::valueOf).toList());
    }

    /** The form filled with a session's current details. */
    static ScheduleForm of(LocalDateTime startsAt, int durationMinutes, long facilitatorId, List<Long> attendeeIds) {
        return new ScheduleForm(String.valueOf(startsAt.getDayOfMonth()), String.valueOf(startsAt.getMonthValue()),
                String.valueOf(startsAt.getYear()), TimeOfDay.format(startsAt.toLocalTime()),
                String.valueOf(durationMinutes), String.valueOf(facilitatorId),
                attendeeIds.stream().map(String::valueOf).toList());
    }

    /**
     * @param facilitators the team's attached clinicians
     * @param practitioners the team's practitioners who may be invited
     * @param today         the council's today
     */
    public FormErrors validate(Set<Long> facilitators, Set<Long> practitioners, LocalDate today) {
        FormErrors errors = new FormErrors();
        Optional<LocalDate> date = FormDates.parse(DATE, "date of the session", day, month, year, true, errors);
        if (date.isPresent() && date.get().isBefore(today)) {
            errors.add(DATE + "Day", "Date of the session must be today or in the future");
        }
        if (time.isEmpty()) {
            errors.add(TIME, "Enter the time the session starts");
        } else if (TimeOfDay.parse(time).isEmpty()) {
            errors.add(TIME, "Enter the start time as hours and minutes on the 24-hour clock, like 09:30 or 14:00");
        }
        if (duration.isEmpty()) {
            errors.add(DURATION, "Enter how long the session lasts");
        } else if (!duration.matches("\\d{1,4}")) {
            errors.add(DURATION, "Length of the session must be a whole number of minutes, like 120");
        } else if (Integer.parseInt(duration) < DURATION_MIN || Integer.parseInt(duration) > DURATION_MAX) {
            errors.add(DURATION, "Length of the session must be between " + DURATION_MIN + " and " + DURATION_MAX
                    + " minutes");
        }
        if (facilitator.isEmpty()) {
            errors.add(FACILITATOR, "Select the clinician who will facilitate the session");
        } else if (facilitatorId().filter(facilitators::contains).isEmpty()) {
            errors.add(FACILITATOR, "Select one of the clinicians attached to the team");
        }
        if (attendees.isEmpty()) {
            errors.add(ATTENDEES, "Select who from the team is attending");
        } else if (!attendees.stream().allMatch(a -> Ids.parse(a).filter(practitioners::contains).isPresent())) {
            errors.add(ATTENDEES, "Select people from the team");
        }
        return errors;
    }

    /** Valid forms only. */
    LocalDateTime startsAt() {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                .atTime(TimeOfDay.parse(time).orElseThrow());
    }

    int durationMinutes() {
        return Integer.parseInt(duration);
    }

    Optional<Long> facilitatorId() {
        return Ids.parse(facilitator);
    }

    /** The invited, without the facilitator (who attends by facilitating) and without repeats. */
    List<Long> attendeeIds() {
        Set<Long> ids = new LinkedHashSet<>();
        for (String attendee : attendees) {
            Ids.parse(attendee).ifPresent(ids::add);
        }
        facilitatorId().ifPresent(ids::remove);
        return new ArrayList<>(ids);
    }

    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(DATE + "Day", day);
        values.put(DATE + "Month", month);
        values.put(DATE + "Year", year);
        values.put(TIME, time);
        values.put(DURATION, duration);
        values.put(FACILITATOR, facilitator);
        return values;
    }

    boolean invited(long userId) {
        return attendees.contains(String.valueOf(userId));
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** "09:30", "9:30" or "9.30"; 24-hour clock. */
    static final class TimeOfDay {

        private TimeOfDay() {
        }

        static Optional<LocalTime> parse(String text) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([01]?\\d|2[0-3])[:.]([0-5]\\d)$")
                    .matcher(text.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }

        static String format(LocalTime time) {
            return String.format("%02d:%02d", time.getHour(), time.getMinute());
        }
    }
}
