package org.safeguard.familysafeguarding.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.safeguard.familysafeguarding.World;
import org.safeguard.familysafeguarding.model.PractitionerScope;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

class SettingsPagesTest {

    private static final World WORLD = new World("fs-settings-pages");
    private final SettingsPages settings = new SettingsPages(WORLD.data, WORLD.audit);

    @AfterAll
    static void close() {
        WORLD.close();
    }

    @Test
    void settingsAreSavedForTheAdministratorsOwnAuthorityAndAudited() {
        PageResult bad = settings.save(FakeRequest.post(WORLD.as(World.ADMIN), "/family-safeguarding/settings")
                .form("substanceMisusePerFte", "0").form("mentalHealthPerFte", "12").form("domesticAbusePerFte", "14")
                .form("practitionerScope", "ASSIGNED").form("assignWithinWorkingDays", "5"));
        assertEquals(400, ((PageResult.Page) bad).status());
        assertTrue(Pages.render(bad).contains("must be between 1 and 40"));
        assertEquals(PageResult.redirect("/family-safeguarding/settings?done=saved"),
                settings.save(FakeRequest.post(WORLD.as(World.ADMIN), "/").form("substanceMisusePerFte", "12")
                        .form("mentalHealthPerFte", "12").form("domesticAbusePerFte", "14")
                        .form("practitionerScope", "ASSIGNED").form("assignWithinWorkingDays", "5")));
        assertEquals(PractitionerScope.ASSIGNED, WORLD.data.settings().forAuthority(World.CCC).scope());
        var entry = WORLD.audit.actions("fs.settings.change").get(0);
        assertEquals(String.valueOf(World.CCC), entry.subjectId());
        assertTrue(entry.detail().contains("practitionerScope=TEAM->ASSIGNED"), entry.detail());
        String page = Pages.render(settings.show(FakeRequest.get(WORLD.as(World.ADMIN), "/").query("done", "saved")));
        assertTrue(page.contains("Settings saved") && page.contains("value=\"ASSIGNED\" checked"));
    }
}
