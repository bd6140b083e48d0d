package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Case records is an ordinary module even though it boots with the distribution: enabled per
 * district, uninstalled at runtime with its data kept, and back with it on reinstall — no restart.
 */
class CaseRecordsModuleIT {

    private final Distribution d = Distribution.shared();

    @Test
    void enabledPerDistrictAndUninstallKeepsTheRecords() {
        long pid = d.pid();
        WebUser fenland = WebUser.signIn(d, "fenland.sw");
        WebUser hunts = WebUser.signIn(d, "hunts.sw");
        long caseId = CaseRecords.firstOwnCase(fenland);
        String childName = childName(fenland.get("/cases/" + caseId).body());
        try {
            // Huntingdonshire only: Fenland's pages, menu entry and record go away for Fenland's users
            String enabled = d.console("safeguard:module-enable --district Huntingdonshire case-records CCC");
            assertFalse(enabled.toLowerCase().contains("error"), enabled);
            assertEquals(404, fenland.get("/cases").status(), "disabled district gets 404");
            assertEquals(404, fenland.get("/cases/" + caseId).status());
            assertFalse(fenland.get("/").body().contains("href=\"/cases\""), "no menu entry where disabled");
            assertEquals(200, hunts.get("/cases").status(), "enabled district still works");
            assertTrue(hunts.get("/").body().contains("href=\"/cases\""));

            d.console("safeguard:module-enable case-records CCC");
            assertEquals(200, fenland.get("/cases/" + caseId).status());

            // uninstall at runtime: 404, the rest of the platform unaffected
            Modules.uninstall(d, "case-records");
            assertEquals(404, fenland.get("/cases").status());
            assertEquals(200, fenland.get("/").status());

            // reinstall: the child's record is back, unchanged
            Modules.install(d, "case-records");
            WebUser.Page again = fenland.get("/cases/" + caseId);
            assertEquals(200, again.status(), again.body());
            assertEquals(childName, childName(again.body()), "data kept across uninstall and reinstall");
        } finally {
            Modules.ensureInstalled(d, "case-records");
            d.console("safeguard:module-enable case-records CCC");
        }
        assertEquals(pid, d.pid(), "same Karaf process throughout");
    }

    /** The case page's h1 is the child's name. */
    static String childName(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<h1[^>]*>\\s*([^<]+?)\\s*</h1>").matcher(body);
        assertTrue(m.find(), "a heading on the case page");
        return m.group(1);
    }
}
