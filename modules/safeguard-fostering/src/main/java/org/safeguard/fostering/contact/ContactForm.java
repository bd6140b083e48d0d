package org.safeguard.fostering.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.fostering.data.Dates;
import org.safeguard.fostering.model.Attendance;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/**
 * A supervised contact session: arranged ahead (planned), or recorded once it has happened with
 * who came and what the supervisor saw. The same rules check the outcome of a planned session.
 */
final class ContactForm {

    static final String ON = "sessionOn";
    static final String TIME = "startTime";
    static final String DURATION = "duration";
    static final String VENUE = "venue";
    static final String SUPERVISOR = "supervisorId";
    static final String PRESENT = "present";
    static final String ATTENDANCE = "attendance";
    static final String OBSERVATIONS = "observations";
    static final String VERSION = "version";
    static final int OBSERVATIONS_MAX = 8000;
    static final int MONTHS_AHEAD = 12;

    private final FormValues values;
    private final Set<Long> present = new LinkedHashSet<>();

    ContactForm(FormValues values, List<String> present) {
        this.values = values;
        for (String id : present) {
            if (id.matches("\\d{1,18}")) {
                this.present.add(Long.parseLong(id));
            } else {
                this.present.add(-1L);
            }
        }
    }

    static ContactForm from(WebRequest request) {
        return new ContactForm(FormValues.read(request, List.of(TIME, DURATION, VENUE, SUPERVISOR, ATTENDANCE,
                OBSERVATIONS, VERSION), List.of(ON)), request.formValues(PRESENT));
    }

    FormValues values() {
        return values;
    }

    Set<Long> present() {
        return Set.copyOf(present);
    }

    List<String> presentValues() {
        return present.stream().map(String::valueOf).toList();
    }

    /** A new session: when, how long, where, who supervises, and (when it has happened) what happened. */
    FormErrors validateSession(LocalDateTime now, LocalDate caseOpenedOn, Set<Long> supervisorIds, Set<Long> memberIds,
                               FormErrors errors) {
        Optional<LocalDate> on = values.date(ON, "date of the session", true, errors);
        if (on.isPresent() && on.get().isBefore(caseOpenedOn)) {
            errors.add(ON + "Day", "The date must be on or after " + Dates.shown(caseOpenedOn) + ", when the case opened");
        } else if (on.isPresent() && on.get().isAfter(now.toLocalDate().plusMonths(MONTHS_AHEAD))) {
            errors.add(ON + "Day", "The date must be on or before " + Dates.shown(now.toLocalDate().plusMonths(MONTHS_AHEAD)));
        }
        Optional<LocalTime> time = time(errors);
        values.wholeNumber(DURATION, 15, 480, "Enter how long the session lasts, in minutes", "The length", errors);
        values.required(VENUE, 120, "Enter where the session takes place", "The venue", errors);
        String supervisor = values.get(SUPERVISOR);
        if (!supervisor.matches("\\d{1,18}") || !supervisorIds.contains(Long.parseLong(supervisor))) {
            errors.add(SUPERVISOR, "Choose who supervises the session");
        }
        Optional<LocalDateTime> startsAt = on.isPresent() && time.isPresent()
                ? Optional.of(on.get().atTime(time.get())) : Optional.empty();
        return validateOutcome(now, startsAt.orElse(null), memberIds, true, errors);
    }

    /**
     * What happened: a session that has not started can only be planned; one that has started needs
     * its attendance, and when it took place who came and what was observed.
     *
     * @param startsAt null when the date or time is wrong (already reported)
     * @param planning whether "planned" may be chosen (not when recording a planned session's outcome)
     */
    FormErrors validateOutcome(LocalDateTime now, LocalDateTime startsAt, Set<Long> memberIds, boolean planning,
                               FormErrors errors) {
        Optional<Attendance> attendance = values.choice(ATTENDANCE, Attendance.class)
                .filter(a -> planning || a.recorded());
        if (attendance.isEmpty()) {
            errors.add(ATTENDANCE, planning ? "Choose whether the session is planned or what happened"
                    : "Choose what happened");
        } else if (startsAt != null && startsAt.isAfter(now) && attendance.get().recorded()) {
            errors.add(ATTENDANCE, planning ? "A session that has not started yet can only be planned"
                    : "The session has not started yet: record what happened afterwards");
        } else if (startsAt != null && !startsAt.isAfter(now) && !attendance.get().recorded()) {
            errors.add(ATTENDANCE, "The session has started: record what happened");
        }
        if (!memberIds.containsAll(present)) {
            errors.add(PRESENT, "Choose family members from the child's household");
        } else if (attendance.filter(a -> a == Attendance.TOOK_PLACE).isPresent() && present.isEmpty()) {
            errors.add(PRESENT, "Choose who from the family was at the session");
        }
        if (attendance.filter(a -> a == Attendance.TOOK_PLACE).isPresent()) {
            values.required(OBSERVATIONS, OBSERVATIONS_MAX, "Enter what the supervisor observed",
                    "The observations", errors);
        } else {
            values.optional(OBSERVATIONS, OBSERVATIONS_MAX, "The observations", errors);
        }
        return errors;
    }

    private Optional<LocalTime> time(FormErrors errors) {
        String typed = values.get(TIME).replace('.', ':');
        if (typed.isEmpty()) {
            errors.add(TIME, "Enter the start time");
            return Optional.empty();
        }
        if (!typed.matches("\\d{1,2}:\\d{2}")) {
            errors.add(TIME, "Enter the start time using the 24-hour clock, like 14:30");
            return Optional.empty();
        }
        String[] parts = typed.split(":");
        int hour = Integer.parseInt(parts[0]);
        int minute = Integer.parseInt(parts[1]);
        if (hour > 23 || minute > 59) {
            errors.add(TIME, "Enter a real time, like 14:30");
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    LocalDateTime startsAt() {
        LocalDate on = values.date(ON, "", true, new FormErrors()).orElseThrow();
        return on.atTime(time(new FormErrors()).orElseThrow());
    }

    int duration() {
        return Integer.parseInt(values.get(DURATION));
    }

    String venue() {
        return values.get(VENUE);
    }

    long supervisorId() {
        return Long.parseLong(values.get(SUPERVISOR));
    }

    Attendance attendance() {
        return values.choice(ATTENDANCE, Attendance.class).orElseThrow();
    }

    String observations() {
        return values.blank(OBSERVATIONS) ? null : values.get(OBSERVATIONS);
    }

    int version() {
        String version = values.get(VERSION);
        return version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
    }
}
