package org.safeguard.familysafeguarding.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.safeguard.familysafeguarding.model.FamilySafeguardingSettings;
import org.safeguard.familysafeguarding.model.PractitionerScope;
import org.safeguard.platform.api.web.FormErrors;

class SettingsFormTest {

    @Test
    void theDefaultsAreValidAndRoundTrip() {
        SettingsForm form = SettingsForm.of(FamilySafeguardingSettings.defaults(1));
        assertTrue(form.validate().isEmpty());
        assertEquals(15, form.substance());
        assertEquals(PractitionerScope.TEAM, form.scope());
        assertEquals(10, form.assignWithin());
    }

    @Test
    void guidesAreWholeNumbersFromOneToForty() {
        FormErrors errors = new SettingsForm("0", "41", "twelve", "TEAM", "61").validate();
        assertEquals("Substance misuse families per full-time equivalent must be between 1 and 40",
                errors.byField().get("substanceMisusePerFte"));
        assertEquals("Mental health families per full-time equivalent must be between 1 and 40",
                errors.byField().get("mentalHealthPerFte"));
        assertEquals("Domestic abuse families per full-time equivalent must be a whole number, like 15",
                errors.byField().get("domesticAbusePerFte"));
        assertEquals("Working days to assign a practitioner must be between 1 and 60",
                errors.byField().get("assignWithinWorkingDays"));
        assertTrue(new SettingsForm("40", "1", "12", "ASSIGNED", "60").validate().isEmpty());
    }

    @Test
    void everyFieldIsRequiredAndTheAccessChoiceMustBeOneOffered() {
        FormErrors errors = new SettingsForm("", "", "", "EVERYONE", "").validate();
        assertEquals(5, errors.summary().size());
        assertEquals("Select which families adult practitioners see", errors.byField().get("practitionerScope"));
        assertEquals("Enter how many families a full-time substance misuse practitioner works with",
                errors.byField().get("substanceMisusePerFte"));
    }
}
