package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The promise of the platform: a module installed into the running distribution answers at once,
 * is enabled per district, goes away on uninstall with its data kept, and comes back with it —
 * with no restart at any point.
 */
class ModuleLifecycleIT {

    private final Distribution d = Distribution.shared();

    @Test
    void installEnablePerDistrictUninstallAndReinstallWithoutRestart() {
        long pid = d.pid();
        if (Modules.hasState(Modules.health(d), "team-notices", "INSTALLED")) {
            Modules.uninstall(d, "team-notices");
        }

        WebUser fenland = WebUser.signIn(d, "fenland.manager");
        WebUser hunts = WebUser.signIn(d, "hunts.sw");
        assertEquals(404, fenland.get("/team-notices").status(), "not installed yet: no page");

        // install at runtime: the page answers, its table exists (the list page reads it)
        Modules.install(d, "team-notices");
        assertTrue(d.console("safeguard:schema").contains("team-notices"),
                "the module's migration is recorded");

        // enabled for Fenland only: 200 there, 404 and no menu entry in Huntingdonshire
        String enabled = d.console("safeguard:module-enable --district Fenland team-notices CCC");
        assertFalse(enabled.toLowerCase().contains("error"), enabled);
        WebUser.Page list = fenland.get("/team-notices");
        assertEquals(200, list.status(), list.body());
        assertTrue(fenland.get("/").body().contains("href=\"/team-notices\""), "Fenland sees the menu entry");
        assertEquals(404, hunts.get("/team-notices").status(), "disabled district gets 404");
        assertFalse(hunts.get("/").body().contains("href=\"/team-notices\""), "no menu entry where disabled");

        // data written through the module's page
        String title = "Duty cover " + UUID.randomUUID().toString().substring(0, 8);
        fenland.get("/team-notices/new");
        WebUser.Page posted = fenland.post("/team-notices", Map.of(
                "title", title, "body", "Sam covers duty on Friday.", "teamId", firstTeamId(fenland)));
        assertEquals(200, posted.status(), posted.body());
        assertTrue(fenland.get("/team-notices").body().contains(title));

        // uninstall: 404, other pages unaffected
        Modules.uninstall(d, "team-notices");
        assertEquals(404, fenland.get("/team-notices").status());
        assertEquals(200, fenland.get("/").status());

        // reinstall: the notice and the enablement are back
        Modules.install(d, "team-notices");
        WebUser.Page again = fenland.get("/team-notices");
        assertEquals(200, again.status());
        assertTrue(again.body().contains(title), "data kept across uninstall and reinstall");
        assertEquals(404, hunts.get("/team-notices").status());

        assertEquals(pid, d.pid(), "same Karaf process throughout");
        assertTrue(d.console("safeguard:audit-verify").contains("intact"), "audit chain intact");
    }

    /** The team radios/select of the new-notice form carry team ids; take the first. */
    static String firstTeamId(WebUser user) {
        String form = user.get("/team-notices/new").body();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("name=\"teamId\"[^>]*value=\"(\\d+)\"|value=\"(\\d+)\"[^>]*name=\"teamId\"|<option value=\"(\\d+)\"")
                .matcher(form);
        if (!m.find()) {
            throw new AssertionError("no team choice on the form: " + form);
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new AssertionError("unreachable");
    }
}
