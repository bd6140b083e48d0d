package org.safeguard.corporateparenting.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.corporateparenting.TestWorld.*;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.Routes;
import org.safeguard.corporateparenting.TestWorld;
import org.safeguard.corporateparenting.model.CareSettings;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

class SettingsPagesTest {

    private static TestWorld world;
    private CurrentUser admin;

    @BeforeAll
    static void database() {
        world = new TestWorld("cp-settings");
    }

    @AfterAll
    static void close() throws Exception {
        world.close();
    }

    @BeforeEach
    void setUp() {
        world.reset();
        admin = world.user(ADMIN, CorporateParentingModule.SETTINGS);
    }

    private FakeRequest form(String ihaDays, String visitDays) {
        return FakeRequest.post(admin, "/children-in-care/settings").form("ihaDays", ihaDays).form("visitIntervalDays", visitDays)
                .form("healthReviewMonthsUnder5", "6").form("healthReviewMonths", "12").form("dentalMonths", "12")
                .form("pepMonths", "4").form("firstVisitDays", "7").form("longTermVisitIntervalDays", "91")
                .form("pathwayReviewMonths", "6").form("alertResponseWorkingDays", "10");
    }

    @Test
    void theDefaultsAreTheStatutoryAndSeedFigures() {
        String html = Pages.render(Routes.get(world.settingsPages(), "/children-in-care/settings", FakeRequest.get(admin, "/")));
        assertTrue(html.contains("value=\"28\""));
        assertTrue(html.contains("value=\"42\""));
        assertTrue(html.contains("value=\"91\""));
    }

    @Test
    void anAuthorityMayBeStricterAndTheChangeIsAudited() {
        assertEquals(PageResult.redirect("/children-in-care/settings?done=saved"),
                Routes.post(world.settingsPages(), "/children-in-care/settings", form("20", "28")));
        CareSettings saved = world.settings.forAuthority(AUTHORITY);
        assertEquals(20, saved.ihaDays());
        assertEquals(28, saved.visitIntervalDays());
        assertEquals("ihaDays=28->20 visitIntervalDays=42->28",
                world.audit.actions("corporate-parenting.settings.change").get(0).detail());
        assertEquals(28, world.settings.forAuthority(2).ihaDays(), "another authority keeps the defaults");
    }

    @Test
    void neverLaxerThanTheLawAndOnlyWholeNumbers() {
        PageResult result = Routes.post(world.settingsPages(), "/children-in-care/settings", form("thirty", "60"));
        assertEquals(400, ((PageResult.Page) result).status());
        String html = Pages.render(result);
        assertTrue(html.contains("Enter a whole number of days, like 28"));
        assertTrue(html.contains("Enter a number of days between 1 and 42"));
        assertTrue(html.contains("value=\"thirty\""));
        assertEquals(28, world.settings.forAuthority(AUTHORITY).ihaDays(), "nothing saved");
    }
}
