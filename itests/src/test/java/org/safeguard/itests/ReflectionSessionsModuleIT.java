package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Reflection sessions as a pluggable module of the assembled distribution: installed at runtime
 * with its demo history, enabled for Fenland only (Huntingdonshire sees none of it and gets 404),
 * the access rule of children's records on its pages, audit, bad input, and uninstall keeping case
 * records working and the module's data for a reinstall — all in one Karaf process.
 */
class ReflectionSessionsModuleIT {

    private final Distribution d = Distribution.shared();

    @Test
    void installedAtRuntimeEnabledPerDistrictAndUninstalledWithItsDataKept() {
        long pid = d.pid();
        WebUser manager = WebUser.signIn(d, "fenland.manager");
        long team = ReflectionSessions.ready(d, manager);
        WebUser hunts = WebUser.signIn(d, "hunts.manager");
        WebUser pboro = WebUser.signIn(d, "pboro.manager");
        WebUser socialWorker = WebUser.signIn(d, "fenland.sw");
        try {
            String calendar = manager.get("/reflection/teams/" + team).body();
            int held = count(calendar, "govuk-tag--green\">Closed");
            assertTrue(held > 0, "the demo history is there");
            long family = ReflectionSessions.firstFamily(manager.get("/reflection/teams/" + team + "/coverage").body());

            // Fenland only: Huntingdonshire's users see no menu entry and get 404
            String enabled = d.console("safeguard:module-enable --district Fenland reflection-sessions CCC");
            assertFalse(enabled.toLowerCase().contains("error"), enabled);
            assertEquals(200, manager.get("/reflection").status());
            assertTrue(manager.get("/").body().contains("href=\"/reflection\""), "menu entry in Fenland");
            assertEquals(200, manager.get("/reflection/families/" + family).status());
            assertTrue(manager.get("/cases/families/" + family).body().contains("href=\"/reflection/families/" + family + "\""),
                    "the family record has the tab");
            assertEquals(404, hunts.get("/reflection").status());
            assertFalse(hunts.get("/").body().contains("href=\"/reflection\""), "no menu entry where disabled");
            assertEquals(404, hunts.get("/reflection/teams/" + team).status());

            // the access rule, with the module on everywhere
            d.console("safeguard:module-enable reflection-sessions CCC");
            assertEquals(404, hunts.get("/reflection/teams/" + team).status(), "another team's calendar");
            assertEquals(404, hunts.get("/reflection/families/" + family).status(), "a family in another district");
            assertEquals(404, pboro.get("/reflection/families/" + family).status(), "another authority's family");
            assertEquals(404, pboro.get("/reflection/teams/" + team + "/coverage").status());
            assertEquals(404, manager.get("/reflection/sessions/not-a-number").status());
            assertEquals(403, socialWorker.get("/reflection/teams/" + team + "/sessions/new").status(),
                    "a social worker does not schedule");
            assertEquals(403, socialWorker.get("/reflection/teams/" + team + "/drift").status(), "nor oversee");
            assertEquals(200, socialWorker.get("/reflection/teams/" + team).status());

            // bad input: every message, nothing saved
            manager.get("/reflection/teams/" + team + "/sessions/new");
            WebUser.Page refused = manager.post("/reflection/teams/" + team + "/sessions", Map.of("startTime", "25:00"));
            assertEquals(400, refused.status());
            assertTrue(refused.body().contains("govuk-error-summary") && refused.body().contains("Enter the date of the session")
                    && refused.body().contains("value=\"25:00\""), refused.body());

            // every read of a family's discussions is audited
            assertEquals(200, manager.get("/reflection/families/" + family).status());
            WebUser admin = WebUser.signIn(d, "cambs.admin");
            assertTrue(admin.get("/admin/audit").body().contains("reflection.family.view"), "audited");

            // uninstall: the module's pages go, case records keeps working without the tab
            Modules.uninstall(d, ReflectionSessions.MODULE);
            assertEquals(404, manager.get("/reflection").status());
            assertEquals(404, manager.get("/reflection/families/" + family).status());
            WebUser.Page familyRecord = manager.get("/cases/families/" + family);
            assertEquals(200, familyRecord.status());
            assertFalse(familyRecord.body().contains("/reflection/families/"), "no tab while uninstalled");
            assertEquals(200, manager.get("/cases/work-tray").status());
            assertEquals(200, manager.get("/cases").status());

            // reinstall: the history is back
            Modules.install(d, ReflectionSessions.MODULE);
            assertEquals(held, count(awaitPage(manager, "/reflection/teams/" + team), "govuk-tag--green\">Closed"),
                    "data kept across uninstall and reinstall");
        } finally {
            Modules.ensureInstalled(d, ReflectionSessions.MODULE);
            d.console("safeguard:module-enable reflection-sessions CCC");
        }
        assertEquals(pid, d.pid(), "same Karaf process throughout");
    }

    /** A module's pages answer a moment after its bundle starts. */
    private static String awaitPage(WebUser user, String path) {
        for (int i = 0; i < 60; i++) {
            WebUser.Page page = user.get(path);
            if (page.status() == 200) {
                return page.body();
            }
            Distribution.sleep(500);
        }
        throw new AssertionError(path + " did not answer");
    }

    private static int count(String body, String text) {
        Matcher m = Pattern.compile(Pattern.quote(text)).matcher(body);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
