package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Corporate parenting against the assembled distribution: installed at runtime, the tab on every
 * child's case, enabled for one district (404 and no menu elsewhere), access by district, authority
 * and role, audit, and uninstall keeping case records working and the module's data, back on reinstall.
 */
class CorporateParentingModuleIT {

    private final Distribution d = Distribution.shared();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void aChildComesIntoCareAndTheModuleComesAndGoesWithItsData() {
        long pid = d.pid();
        CorporateParenting.ready(d);
        WebUser sw = WebUser.signIn(d, "fenland.sw");
        long caseId = CorporateParenting.caseNotInCare(sw);
        String tab = "/children-in-care/cases/" + caseId;
        assertTrue(sw.get("/cases/" + caseId).body().contains("href=\"" + tab + "\""), "the tab on the child's case");
        assertTrue(sw.get("/").body().contains("href=\"/children-in-care\""), "the menu entry");

        // bad input: 400, nothing saved
        sw.get(tab + "/start");
        WebUser.Page refused = sw.post(tab + "/start", Map.of("startedOnDay", "31", "startedOnMonth", "2",
                "startedOnYear", "2026"));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("Select the legal status"));
        assertTrue(sw.get(tab).body().contains("Bring into care"), "nothing saved");

        // into care today, with a placement typed (fostering is not installed)
        sw.get(tab + "/start");
        WebUser.Page started = sw.post(tab + "/start", date("startedOn", today, Map.of("legalStatus", "INTERIM_CARE_ORDER",
                "uasc", "no", "iro", "none")));
        assertEquals(200, started.status(), started.body());
        assertTrue(started.body().contains("Came into care: recorded"), started.body());
        String version = version(sw.get(tab + "/placements/new").body());
        WebUser.Page placed = sw.post(tab + "/placements/new", date("startedOn", today, Map.of("version", version,
                "placementType", "INDEPENDENT_FOSTERING_AGENCY", "provider", "Orchard Family Placements",
                "carer", "Grace Okonkwo", "weeklyCost", "1,050.00", "longTerm", "no")));
        assertTrue(placed.body().contains("Placement recorded"), placed.body());
        assertTrue(placed.body().contains("Grace Okonkwo") && placed.body().contains("£1,050.00"));
        assertTrue(placed.body().contains("First review"));

        // Fenland only: Huntingdonshire gets 404 and no menu, the county-wide team too (not authority-wide)
        WebUser hunts = WebUser.signIn(d, "hunts.sw");
        WebUser fiona = WebUser.signIn(d, "fiona.larch");
        try {
            d.console("safeguard:module-enable --district Fenland " + CorporateParenting.MODULE + " CCC");
            assertEquals(200, sw.get(tab).status());
            assertEquals(404, hunts.get("/children-in-care").status());
            assertFalse(hunts.get("/").body().contains("href=\"/children-in-care\""));
            assertEquals(404, fiona.get("/children-in-care").status());
        } finally {
            d.console("safeguard:module-enable " + CorporateParenting.MODULE + " CCC");
        }

        // access: another district and another authority see nothing, a role without the permission is refused
        assertEquals(404, hunts.get(tab).status(), "another district's child");
        assertEquals(404, WebUser.signIn(d, "pboro.sw").get(tab).status(), "another authority's child");
        assertEquals(403, WebUser.signIn(d, "fenland.clinician").get("/children-in-care").status(), "wrong role");
        assertEquals(403, sw.get("/children-in-care/settings").status(), "settings are the administrators'");
        assertEquals(404, sw.get("/children-in-care/cases/99x").status(), "a mangled id");
        assertEquals(200, fiona.get(tab).status(), "the county-wide children in care team sees the child");
        CorporateParenting.aChildInCare(fiona);
        String tray = fiona.get("/cases/work-tray").body();
        assertTrue(tray.contains("Child in care review") || tray.contains("Child in care visit")
                || tray.contains("Health assessment") || tray.contains("Personal education plan"),
                "the children in care team's work tray has the module's tasks: " + tray);

        // audit: reads and writes, ids and codes only
        String audit = WebUser.signIn(d, "cambs.admin").get("/admin/audit").body();
        assertTrue(audit.contains("child-in-care.start") && audit.contains("placement.record")
                && audit.contains("child-in-care.view"), "reads and writes audited");

        // uninstall: 404, the child's case still works and has no tab; reinstall: the record is back
        try {
            Modules.uninstall(d, CorporateParenting.MODULE);
            assertEquals(404, sw.get(tab).status());
            WebUser.Page theCase = sw.get("/cases/" + caseId);
            assertEquals(200, theCase.status());
            assertFalse(theCase.body().contains("href=\"" + tab + "\""), "no tab while uninstalled");
            assertEquals(200, sw.get("/cases/" + caseId + "/chronology").status(), "case records keeps working");
        } finally {
            Modules.install(d, CorporateParenting.MODULE);
        }
        WebUser.Page back = sw.get(tab);
        assertEquals(200, back.status());
        assertTrue(back.body().contains("Grace Okonkwo"), "data kept across uninstall and reinstall");
        assertTrue(sw.get("/cases/" + caseId + "/chronology").body().contains("Came into care"), "in the chronology");
        assertEquals(pid, d.pid(), "same Karaf process throughout");
        assertTrue(d.console("safeguard:audit-verify").contains("intact"));
    }

    static Map<String, String> date(String name, LocalDate date, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(name + "Day", String.valueOf(date.getDayOfMonth()));
        all.put(name + "Month", String.valueOf(date.getMonthValue()));
        all.put(name + "Year", String.valueOf(date.getYear()));
        return all;
    }

    static String version(String form) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
        assertTrue(m.find(), "the form carries the record's version: " + form);
        return m.group(1);
    }
}
