package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Fostering is an ordinary module: installed at runtime (its schema migrated, its demo carers
 * seeded), enabled per district with 404 and no menu or tab elsewhere, uninstalled with case
 * records working on and its data kept, reinstalled with the data back — no restart.
 */
class FosteringModuleIT {

    private final Distribution d = Distribution.shared();

    @Test
    void installEnablePerDistrictUninstallAndReinstall() {
        long pid = d.pid();
        Fostering.ensureOn(d);
        assertTrue(d.console("safeguard:schema").contains("fostering"), "the module's migration is recorded");
        WebUser helen = WebUser.signIn(d, "helen.birchall");
        WebUser fenland = WebUser.signIn(d, "fenland.sw");
        WebUser hunts = WebUser.signIn(d, "hunts.sw");
        List<Long> households = Fostering.households(helen);
        long household = households.get(0);
        String householdName = heading(helen.get("/fostering/households/" + household).body());
        long fenlandCase = Fostering.ownCases(fenland).get(0);
        long huntsCase = Fostering.ownCases(hunts).get(0);
        String tab = "/fostering/cases/" + fenlandCase + "/contact";
        try {
            assertTrue(helen.get("/").body().contains("href=\"/fostering\""), "menu entry");
            assertTrue(fenland.get("/cases/" + fenlandCase).body().contains("href=\"" + tab + "\""),
                    "the Supervised contact tab on the child's case");

            // Fenland only: Fenland's workers keep the tab; Huntingdonshire and the county-wide team lose it all
            String enabled = d.console("safeguard:module-enable --district Fenland fostering CCC");
            assertFalse(enabled.toLowerCase().contains("error"), enabled);
            assertEquals(200, fenland.get(tab).status());
            assertTrue(fenland.get("/").body().contains("href=\"/fostering\""));
            assertEquals(404, hunts.get("/fostering").status(), "disabled district");
            assertEquals(404, hunts.get("/fostering/cases/" + huntsCase + "/contact").status());
            assertFalse(hunts.get("/").body().contains("href=\"/fostering\""), "no menu entry where disabled");
            assertFalse(hunts.get("/cases/" + huntsCase).body().contains("Supervised contact"), "no tab where disabled");
            assertEquals(404, helen.get("/fostering").status(),
                    "a county-wide team needs the module on for the whole authority");

            // uninstall at runtime: fostering's pages go, case records keeps working
            d.console("safeguard:module-enable fostering CCC");
            Modules.uninstall(d, "fostering");
            assertEquals(404, helen.get("/fostering").status());
            assertEquals(404, fenland.get(tab).status());
            WebUser.Page caseNow = fenland.get("/cases/" + fenlandCase);
            assertEquals(200, caseNow.status());
            assertFalse(caseNow.body().contains("Supervised contact"), "the tab has gone with the module");
            assertEquals(200, fenland.get("/cases/" + fenlandCase + "/chronology").status(), "chronology without fostering");

            // reinstall: the carers are back, unchanged
            Modules.install(d, "fostering");
            WebUser.Page again = helen.get("/fostering/households/" + household);
            assertEquals(200, again.status(), again.body());
            assertEquals(householdName, heading(again.body()), "data kept across uninstall and reinstall");
        } finally {
            Fostering.ensureOn(d);
        }
        assertEquals(pid, d.pid(), "same Karaf process throughout");
    }

    static String heading(String body) {
        Matcher m = Pattern.compile("<h1[^>]*>\\s*([^<]+?)\\s*</h1>").matcher(body);
        assertTrue(m.find(), "a heading");
        return m.group(1);
    }
}
