package org.safeguard.reflection.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.web.FormErrors;

class ScheduleFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);
    private static final Set<Long> CLINICIANS = Set.of(2L);
    private static final Set<Long> TEAM = Set.of(1L, 2L, 3L, 4L);

    private static FormErrors validate(ScheduleForm form) {
        return form.validate(CLINICIANS, TEAM, TODAY);
    }

    @Test
    void aCompleteFormIsValidAndReadsBack() {
        ScheduleForm form = new ScheduleForm("25", "3", "2026", "9:30", "90", "2", List.of("1", "3", "2", "3"));

        assertTrue(validate(form).isEmpty());
        assertEquals(LocalDateTime.of(2026, 3, 25, 9, 30), form.startsAt());
        assertEquals(90, form.durationMinutes());
        assertEquals(List.of(1L, 3L), form.attendeeIds(), "the facilitator and repeats are left out");
    }

    @Test
    void todayIsAllowedYesterdayIsNot() {
        assertTrue(validate(new ScheduleForm("18", "3", "2026", "14:00", "120", "2", List.of("1"))).isEmpty());
        assertEquals("Date of the session must be today or in the future",
                validate(new ScheduleForm("17", "3", "2026", "14:00", "120", "2", List.of("1"))).byField().get("heldOnDay"));
    }

    @Test
    void everyProblemIsReportedAtOnceInFormOrder() {
        FormErrors errors = validate(new ScheduleForm("", "", "", "", "", "", List.of()));

        assertEquals(List.of("#heldOnDay", "#startTime", "#durationMinutes", "#facilitatorId", "#attendeeIds"),
                errors.summary().stream().map(m -> m.get("href")).toList());
        assertEquals("Enter the date of the session", errors.byField().get("heldOnDay"));
        assertEquals("Select the clinician who will facilitate the session", errors.byField().get("facilitatorId"));
    }

    @Test
    void timesMustBeOnTheTwentyFourHourClock() {
        for (String bad : List.of("25:00", "9", "9:5", "half nine", "12:60")) {
            assertEquals("Enter the start time as hours and minutes on the 24-hour clock, like 09:30 or 14:00",
                    validate(new ScheduleForm("25", "3", "2026", bad, "90", "2", List.of("1"))).byField().get("startTime"),
                    bad);
        }
        assertTrue(validate(new ScheduleForm("25", "3", "2026", "23.59", "90", "2", List.of("1"))).isEmpty());
    }

    @Test
    void theLengthIsBetweenHalfAnHourAndEightHours() {
        assertEquals("Length of the session must be between 30 and 480 minutes",
                validate(new ScheduleForm("25", "3", "2026", "10:00", "29", "2", List.of("1"))).byField().get("durationMinutes"));
        assertEquals("Length of the session must be between 30 and 480 minutes",
                validate(new ScheduleForm("25", "3", "2026", "10:00", "481", "2", List.of("1"))).byField().get("durationMinutes"));
        assertEquals("Length of the session must be a whole number of minutes, like 120",
                validate(new ScheduleForm("25", "3", "2026", "10:00", "1.5", "2", List.of("1"))).byField().get("durationMinutes"));
        assertTrue(validate(new ScheduleForm("25", "3", "2026", "10:00", "480", "2", List.of("1"))).isEmpty());
    }

    @Test
    void theFacilitatorMustBeAnAttachedClinicianAndAttendeesTeamMembers() {
        FormErrors errors = validate(new ScheduleForm("25", "3", "2026", "10:00", "90", "3", List.of("1", "99")));

        assertEquals("Select one of the clinicians attached to the team", errors.byField().get("facilitatorId"));
        assertEquals("Select people from the team", errors.byField().get("attendeeIds"));
    }

    @Test
    void thirtyFirstFebruaryIsNotARealDate() {
        assertEquals("Date of the session must be a real date",
                validate(new ScheduleForm("31", "2", "2027", "10:00", "90", "2", List.of("1"))).byField().get("heldOnDay"));
    }

    @Test
    void valuesAreKeptAsTyped() {
        Map<String, Object> values = new ScheduleForm(" 25 ", "3", "2026", "10:00", "ninety", "2", List.of("1")).values();

        assertEquals("25", values.get("heldOnDay"));
        assertEquals("ninety", values.get("durationMinutes"));
        assertTrue(new ScheduleForm("25", "3", "2026", "10:00", "90", "2", List.of("1")).invited(1));
    }
}
