package org.safeguard.caserecords.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.model.AuthoritySettings;
import org.safeguard.platform.api.web.FormErrors;

/** The limits an authority administrator meets on the settings page. */
class SettingsFormTest {

    @Test
    void theSeedsFiguresAreValid() {
        SettingsForm form = SettingsForm.of(AuthoritySettings.defaults(1));
        assertTrue(form.validate().isEmpty());
        assertEquals(20, form.casesPerFte());
        assertEquals(28, form.cpVisitDays());
    }

    @Test
    void eachValueMustBeAWholeNumberInItsRange() {
        FormErrors errors = new SettingsForm("0", "29", "91", "21").validate();
        assertEquals("Cases per full-time equivalent must be between 1 and 50", errors.byField().get("casesPerFte"));
        assertEquals("Child protection visits must be between 1 and 28", errors.byField().get("cpVisitIntervalDays"));
        assertEquals("Child in need visits must be between 1 and 90", errors.byField().get("cinVisitIntervalDays"));
        assertEquals("Due soon must be between 1 and 20", errors.byField().get("dueSoonWorkingDays"));
    }

    @Test
    void blanksAndNonNumbersAreExplained() {
        FormErrors errors = new SettingsForm("", "2.5", "-3", "ten").validate();
        assertEquals("Enter the number of cases per full-time equivalent", errors.byField().get("casesPerFte"));
        assertEquals("Child protection visits must be a whole number, like 20", errors.byField().get("cpVisitIntervalDays"));
        assertEquals("Child in need visits must be a whole number, like 20", errors.byField().get("cinVisitIntervalDays"));
        assertEquals("Due soon must be a whole number, like 20", errors.byField().get("dueSoonWorkingDays"));
        assertEquals("Enter how often children on a child protection plan must be visited",
                new SettingsForm("20", " ", "42", "5").validate().byField().get("cpVisitIntervalDays"));
    }

    @Test
    void theLimitsThemselvesAreAllowed() {
        assertTrue(new SettingsForm("1", "1", "1", "1").validate().isEmpty());
        assertTrue(new SettingsForm("50", "28", "90", "20").validate().isEmpty());
        assertTrue(new SettingsForm(" 18 ", "14", "42", "5").validate().isEmpty());
    }
}
