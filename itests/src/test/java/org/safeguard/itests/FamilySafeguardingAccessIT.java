package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Who may see and change a family's adult work, over HTTP against the assembled distribution with
 * the demo county: its team sees it; another district and another authority get 404; a role
 * without the permission gets 403; an adult practitioner's view follows the authority's setting;
 * bad input saves nothing; every read and change is audited.
 */
class FamilySafeguardingAccessIT {

    private final Distribution d = Distribution.shared();

    @Test
    void aFamilysAdultWorkIsSeenByItsTeamOnlyAndEveryLookIsAudited() {
        FamilySafeguarding.ready(d);
        WebUser manager = WebUser.signIn(d, "fenland.manager");
        long team = FamilySafeguarding.firstTeam(manager);
        String families = manager.get("/family-safeguarding/teams/" + team + "?show=families").body();
        long familyId = FamilySafeguarding.families(families).get(0);
        String base = "/family-safeguarding/families/" + familyId;
        List<String> pages = List.of(base, base + "/sessions", base + "/workbook", base + "/workbook?print=1");
        WebUser sw = WebUser.signIn(d, "fenland.sw");
        for (String page : pages) {
            assertEquals(200, sw.get(page).status(), page);
        }

        WebUser hunts = WebUser.signIn(d, "hunts.sw");
        WebUser pboro = WebUser.signIn(d, "pboro.sw");
        for (String page : pages) {
            assertEquals(404, hunts.get(page).status(), "another district: " + page);
            assertEquals(404, pboro.get(page).status(), "another authority: " + page);
        }
        assertEquals(404, WebUser.signIn(d, "hunts.manager").get("/family-safeguarding/teams/" + team).status(),
                "another team's view");
        assertEquals(404, pboro.post(base + "/factors", Map.of("kind", "MENTAL_HEALTH")).status());

        // a role without the permission: 403, whatever the record
        WebUser admin = WebUser.signIn(d, "cambs.admin");
        assertEquals(403, admin.get(base).status(), "administrators do not read families' adult work");
        assertEquals(403, sw.get(base + "/assignments/new").status(), "social workers do not assign");
        assertEquals(403, sw.post(base + "/assignments", Map.of("adultPersonId", "1")).status());
        assertEquals(403, WebUser.signIn(d, "fenland.support").get(base).status());

        // malformed and foreign ids: not found, never a stack trace
        assertEquals(404, sw.get("/family-safeguarding/families/not-a-number").status());
        assertEquals(404, sw.get("/family-safeguarding/families/99999999999").status());
        assertEquals(404, sw.get(base + "/sessions/99999999").status());
        assertEquals(404, sw.get(base + "/workbook/chapters/astrology").status());

        // bad input: every error named, what was typed kept, nothing saved
        String marker = "Bad input " + java.util.UUID.randomUUID();
        WebUser.Page bad = sw.post(base + "/factors", Map.of("kind", "MENTAL_HEALTH", "identifiedBy", marker,
                "identifiedOnDay", "31", "identifiedOnMonth", "2", "identifiedOnYear", "2026"));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("There is a problem") && bad.body().contains("href=\"#adultPersonId\"")
                && bad.body().contains("must be a real date"), bad.body());
        assertTrue(bad.body().contains("value=\"" + marker + "\""));
        assertFalse(sw.get(base).body().contains(marker), "nothing saved");
        WebUser.Page noToken = sw.postRaw(base + "/factors", Map.of("kind", "MENTAL_HEALTH", "identifiedBy", marker));
        assertEquals(403, noToken.status(), "a POST without the CSRF token is refused");

        String audit = admin.get("/admin/audit").body();
        assertTrue(audit.contains("fs.family.view") && audit.contains("fs.workbook.view"), "reads are audited");
        assertTrue(d.console("safeguard:audit-verify").contains("intact"), "audit chain intact");
    }

    @Test
    void anAdultPractitionersViewFollowsTheAuthoritysSetting() {
        FamilySafeguarding.ready(d);
        WebUser manager = WebUser.signIn(d, "fenland.manager");
        long team = FamilySafeguarding.firstTeam(manager);
        String list = manager.get("/family-safeguarding/teams/" + team + "?show=families").body();
        // a family of the team Neil Coates does not work with
        long notHis = -1;
        for (String row : list.split("<tr class=\"govuk-table__row\">")) {
            List<Long> ids = FamilySafeguarding.families(row);
            if (ids.size() == 1 && !row.contains("Neil Coates")) {
                notHis = ids.get(0);
                break;
            }
        }
        assertTrue(notHis > 0, "the demo team has a family without the substance misuse practitioner");
        WebUser neil = WebUser.signIn(d, "fenland.substance");
        assertEquals(200, neil.get("/family-safeguarding/families/" + notHis).status(), "by default: the team's families");

        WebUser admin = WebUser.signIn(d, "cambs.admin");
        try {
            admin.get("/family-safeguarding/settings");
            WebUser.Page saved = admin.post("/family-safeguarding/settings", Map.of("substanceMisusePerFte", "15",
                    "mentalHealthPerFte", "15", "domesticAbusePerFte", "15", "practitionerScope", "ASSIGNED",
                    "assignWithinWorkingDays", "10"));
            assertTrue(saved.body().contains("Settings saved"), saved.body());
            assertEquals(404, neil.get("/family-safeguarding/families/" + notHis).status(), "only his own families now");
            assertFalse(neil.get("/family-safeguarding/teams/" + team + "?show=families").body()
                    .contains("/family-safeguarding/families/" + notHis + "\""), "nor in the team's list");
            assertEquals(200, manager.get("/family-safeguarding/families/" + notHis).status(),
                    "children's workers are not limited");
            long his = FamilySafeguarding.families(neil.get("/family-safeguarding").body()).get(0);
            assertEquals(200, neil.get("/family-safeguarding/families/" + his).status(), "a family he works with");
            assertTrue(admin.get("/admin/audit").body().contains("fs.settings.change"), "the change is audited");
        } finally {
            admin.get("/family-safeguarding/settings");
            admin.post("/family-safeguarding/settings", Map.of("substanceMisusePerFte", "15", "mentalHealthPerFte", "15",
                    "domesticAbusePerFte", "15", "practitionerScope", "TEAM", "assignWithinWorkingDays", "10"));
        }
        assertEquals(200, neil.get("/family-safeguarding/families/" + notHis).status());
    }
}
