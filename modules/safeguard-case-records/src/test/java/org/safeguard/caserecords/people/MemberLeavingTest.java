package org.safeguard.caserecords.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.web.FormErrors;

class MemberLeavingTest {

    private static final LocalDate JOINED = LocalDate.of(2024, 6, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Optional<LocalDate> leave(String day, String month, String year, FormErrors errors) {
        return MemberLeaving.validate(day, month, year, JOINED, TODAY, errors);
    }

    @Test
    void aDateBetweenMovingInAndTodayIsAccepted() {
        FormErrors errors = new FormErrors();
        assertEquals(Optional.of(LocalDate.of(2025, 1, 31)), leave("31", "1", "2025", errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void theDayTheyMovedInAndTodayAreBothAllowed() {
        assertEquals(Optional.of(JOINED), leave("10", "6", "2024", new FormErrors()));
        assertEquals(Optional.of(TODAY), leave("25", "11", "2026", new FormErrors()));
    }

    @Test
    void leavingBeforeMovingInIsRefusedWithTheDateTheyMovedIn() {
        FormErrors errors = new FormErrors();
        assertTrue(leave("9", "6", "2024", errors).isEmpty());
        assertEquals("Date they left must be on or after the date they moved in, 10 June 2024",
                errors.byField().get("leftOnDay"));
    }

    @Test
    void leavingInTheFutureIsRefused() {
        FormErrors errors = new FormErrors();
        assertTrue(leave("26", "11", "2026", errors).isEmpty());
        assertEquals("Date they left must be today or in the past", errors.byField().get("leftOnDay"));
    }

    @Test
    void theDateIsRequiredAndMustBeReal() {
        FormErrors blank = new FormErrors();
        assertTrue(leave("", "", "", blank).isEmpty());
        assertEquals("Enter the date they left", blank.byField().get("leftOnDay"));
        FormErrors unreal = new FormErrors();
        assertTrue(leave("31", "2", "2025", unreal).isEmpty());
        assertEquals("Date they left must be a real date", unreal.byField().get("leftOnDay"));
        FormErrors partial = new FormErrors();
        assertTrue(leave("3", "", "2025", partial).isEmpty());
        assertEquals("Date they left must include a month", partial.byField().get("leftOnDay"));
    }
}
