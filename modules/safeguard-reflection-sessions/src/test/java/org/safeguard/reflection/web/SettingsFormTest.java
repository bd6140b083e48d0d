package org.safeguard.reflection.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.web.FormErrors;

class SettingsFormTest {

    @Test
    void theSeedsFiguresAreValid() {
        SettingsForm form = new SettingsForm("4", "120", "10", "9");

        assertTrue(form.validate().isEmpty());
        assertEquals(4, form.intervalWeeks());
        assertEquals(9, form.driftCpMonths());
    }

    @Test
    void everyFieldIsCheckedAtOnce() {
        FormErrors errors = new SettingsForm("", "x", "0", "25").validate();

        assertEquals(List.of("#intervalWeeks", "#sessionMinutes", "#minutesPerFamily", "#driftCpMonths"),
                errors.summary().stream().map(m -> m.get("href")).toList());
        assertEquals("Enter how often every open family must be discussed", errors.byField().get("intervalWeeks"));
        assertEquals("Session length must be a whole number of minutes", errors.byField().get("sessionMinutes"));
        assertEquals("Time for each family must be between 5 and 60 minutes", errors.byField().get("minutesPerFamily"));
        assertEquals("Months on a child protection plan must be between 3 and 24 months",
                errors.byField().get("driftCpMonths"));
    }

    @Test
    void aFamilyCannotTakeLongerThanTheSession() {
        assertEquals("Time for each family must not be longer than the session",
                new SettingsForm("4", "30", "45", "9").validate().byField().get("minutesPerFamily"));
    }

    @Test
    void limitsAreInclusive() {
        assertTrue(new SettingsForm("1", "30", "5", "3").validate().isEmpty());
        assertTrue(new SettingsForm("12", "480", "60", "24").validate().isEmpty());
        assertEquals("The interval must be between 1 and 12 weeks",
                new SettingsForm("13", "120", "10", "9").validate().byField().get("intervalWeeks"));
    }
}
