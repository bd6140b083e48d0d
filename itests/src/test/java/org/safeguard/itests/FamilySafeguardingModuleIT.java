package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Family Safeguarding is pluggable: installed into the running distribution its tab, menu entry and
 * pages appear; enabled for one district the others see none of it and get 404; uninstalled, case
 * records keeps working and the module's records stay; reinstalled, they are back. Same Karaf process
 * throughout.
 */
class FamilySafeguardingModuleIT {

    private static final Pattern FAMILY_RECORD = Pattern.compile("href=\"/cases/families/(\\d+)\"");

    private final Distribution d = Distribution.shared();

    @Test
    void installEnableForOneDistrictUninstallAndReinstallWithTheDataKept() {
        long pid = d.pid();
        WebUser fenland = WebUser.signIn(d, "fenland.sw");
        WebUser hunts = WebUser.signIn(d, "hunts.sw");
        long fenlandCase = CaseRecords.firstOwnCase(fenland);
        long huntsCase = CaseRecords.firstOwnCase(hunts);
        String marker = "IT marker " + UUID.randomUUID();
        try {
            // not installed: nothing of it anywhere, case records unaffected
            if (Modules.hasState(Modules.health(d), FamilySafeguarding.MODULE, "INSTALLED")) {
                Modules.uninstall(d, FamilySafeguarding.MODULE);
            }
            assertEquals(404, fenland.get("/family-safeguarding").status());
            WebUser.Page casePage = fenland.get("/cases/" + fenlandCase);
            assertEquals(200, casePage.status());
            assertFalse(casePage.body().contains("/family-safeguarding/cases/"), "no tab before the install");

            // installed at runtime: tab, menu entry and pages appear
            FamilySafeguarding.ready(d);
            WebUser.Page withTab = fenland.get("/cases/" + fenlandCase);
            assertTrue(withTab.body().contains("href=\"/family-safeguarding/cases/" + fenlandCase + "\""), "the case tab");
            assertTrue(fenland.get("/").body().contains("href=\"/family-safeguarding\""), "the menu entry");
            WebUser.Page tab = fenland.get("/family-safeguarding/cases/" + fenlandCase);
            assertEquals(200, tab.status(), tab.body());
            Matcher family = FAMILY_RECORD.matcher(withTab.body());
            assertTrue(family.find(), "the case links its family");
            long familyId = Long.parseLong(family.group(1));
            assertTrue(fenland.get("/cases/families/" + familyId).body()
                    .contains("href=\"/family-safeguarding/families/" + familyId + "\""), "the family tab");

            // a record of the module's own, to find again after the reinstall
            String adult = firstAdult(fenland.get("/family-safeguarding/families/" + familyId + "/factors/new").body());
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            Map<String, String> factor = new LinkedHashMap<>();
            factor.put("adultPersonId", adult);
            factor.put("kind", "MENTAL_HEALTH");
            factor.put("source", "LATER");
            factor.put("identifiedOnDay", String.valueOf(today.getDayOfMonth()));
            factor.put("identifiedOnMonth", String.valueOf(today.getMonthValue()));
            factor.put("identifiedOnYear", String.valueOf(today.getYear()));
            factor.put("identifiedBy", marker);
            WebUser.Page saved = fenland.post("/family-safeguarding/families/" + familyId + "/factors", factor);
            assertEquals(200, saved.status(), saved.body());
            if (!saved.body().contains(marker)) {
                // the adult already had a mental health factor open: the form says so; any other kind will do
                factor.put("kind", "SUBSTANCE_MISUSE");
                saved = fenland.post("/family-safeguarding/families/" + familyId + "/factors", factor);
            }
            assertTrue(saved.body().contains(marker), "factor saved and shown");

            // enabled for Fenland only: Huntingdonshire sees none of it
            String enabled = d.console("safeguard:module-enable --district Fenland family-safeguarding CCC");
            assertFalse(enabled.toLowerCase().contains("error"), enabled);
            assertEquals(404, hunts.get("/family-safeguarding").status(), "disabled district gets 404");
            assertEquals(404, hunts.get("/family-safeguarding/cases/" + huntsCase).status());
            assertFalse(hunts.get("/").body().contains("href=\"/family-safeguarding\""), "no menu entry");
            WebUser.Page huntsCasePage = hunts.get("/cases/" + huntsCase);
            assertEquals(200, huntsCasePage.status());
            assertFalse(huntsCasePage.body().contains("/family-safeguarding/"), "no tab where disabled");
            assertEquals(200, fenland.get("/family-safeguarding").status(), "Fenland keeps it");
            assertEquals(200, fenland.get("/family-safeguarding/families/" + familyId).status());

            // uninstalled: case records keeps working without the tab; the chronology without its entries
            Modules.uninstall(d, FamilySafeguarding.MODULE);
            assertEquals(404, fenland.get("/family-safeguarding/families/" + familyId).status());
            WebUser.Page after = fenland.get("/cases/" + fenlandCase);
            assertEquals(200, after.status());
            assertFalse(after.body().contains("/family-safeguarding/"), "tab gone");
            assertEquals(200, fenland.get("/cases/" + fenlandCase + "/chronology").status());
            assertEquals(200, fenland.get("/cases/families/" + familyId).status());

            // reinstalled: the record is back
            FamilySafeguarding.ready(d);
            WebUser.Page again = fenland.get("/family-safeguarding/families/" + familyId);
            assertEquals(200, again.status());
            assertTrue(again.body().contains(marker), "data kept across uninstall and reinstall");
            assertTrue(fenland.get("/cases/" + fenlandCase + "/chronology").body().contains("Adult need identified"),
                    "the chronology has the module's entries again");
        } finally {
            FamilySafeguarding.ready(d);
        }
        assertEquals(pid, d.pid(), "same Karaf process throughout");
    }

    /** The first adult offered on the factor form. */
    static String firstAdult(String form) {
        Matcher m = Pattern.compile("name=\"adultPersonId\" type=\"radio\" value=\"(\\d+)\"").matcher(form);
        assertTrue(m.find(), "the family has an adult: " + form);
        return m.group(1);
    }
}
