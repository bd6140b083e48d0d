package org.safeguard.reflection.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.reflection.rules.ClinicianTime;
import org.safeguard.reflection.web.ClinicianTimeForm.Row;

class ClinicianTimeFormTest {

    private static final BigDecimal HALF = new BigDecimal("0.50");

    @Test
    void timeWithinTheContractIsValid() {
        ClinicianTimeForm form = new ClinicianTimeForm(List.of(new Row(10, "Team 1", true, true, "0.25"),
                new Row(11, "Team 2", true, true, ".25")));

        assertTrue(form.validate(HALF, "Dr Ian").isEmpty());
        assertEquals(Map.of(10L, new ClinicianTime.Recorded(true, new BigDecimal("0.25")),
                11L, new ClinicianTime.Recorded(true, new BigDecimal("0.25"))), form.choices(Map.of()));
    }

    @Test
    void moreThanTheContractIsRefusedOnTheFirstTeamTheUserCanChange() {
        FormErrors errors = new ClinicianTimeForm(List.of(new Row(10, "Team 1", false, true, "0.3"),
                new Row(11, "Team 2", true, true, "0.3"))).validate(HALF, "Dr Ian");

        assertEquals(Map.of("fte-11", "Time with all teams adds up to 0.6 FTE, more than Dr Ian's 0.5 FTE"),
                errors.byField());
    }

    @Test
    void aDetachedTeamDoesNotCountAndKeepsItsTime() {
        ClinicianTimeForm form = new ClinicianTimeForm(List.of(new Row(10, "Team 1", true, true, "0.5"),
                new Row(11, "Team 2", true, false, "")));

        assertTrue(form.validate(HALF, "Dr Ian").isEmpty());
        assertEquals(new ClinicianTime.Recorded(false, new BigDecimal("0.20")),
                form.choices(Map.of(11L, new BigDecimal("0.20"))).get(11L));
    }

    @Test
    void eachAttachedTeamNeedsATimeBetweenAFifthOfADayAWeekAndFullTime() {
        FormErrors errors = new ClinicianTimeForm(List.of(new Row(10, "Team 1", true, true, ""),
                new Row(11, "Team 2", true, true, "half"), new Row(12, "Team 3", true, true, "0.01"),
                new Row(13, "Team 4", true, true, "1.5"))).validate(new BigDecimal("2"), "Dr Ian");

        assertEquals("Enter the time with Team 1, like 0.5", errors.byField().get("fte-10"));
        assertEquals("Time with Team 2 must be a number like 0.5, with up to 2 decimal places", errors.byField().get("fte-11"));
        assertEquals("Time with Team 3 must be between 0.05 and 1 FTE", errors.byField().get("fte-12"));
        assertEquals("Time with Team 4 must be between 0.05 and 1 FTE", errors.byField().get("fte-13"));
    }

    @Test
    void numbersParse() {
        assertEquals(new BigDecimal("0.5"), ClinicianTimeForm.parse("0.5").orElseThrow());
        assertEquals(new BigDecimal("1"), ClinicianTimeForm.parse("1").orElseThrow());
        assertTrue(ClinicianTimeForm.parse(".").isEmpty());
        assertTrue(ClinicianTimeForm.parse("0.555").isEmpty());
        assertTrue(ClinicianTimeForm.parse("-1").isEmpty());
    }
}
