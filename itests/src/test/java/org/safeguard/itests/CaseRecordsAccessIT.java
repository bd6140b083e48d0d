package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Who may see a child's case, checked over HTTP against the assembled distribution with the demo
 * county: the case's own district sees it, another district and another authority get 404 (not
 * 403: a record's existence must not leak), and every look at it is in the audit log.
 */
class CaseRecordsAccessIT {

    private final Distribution d = Distribution.shared();

    @Test
    void aCaseIsVisibleInItsDistrictOnlyAndEveryReadIsAudited() {
        WebUser fenland = WebUser.signIn(d, "fenland.sw");
        long caseId = CaseRecords.firstOwnCase(fenland);
        String casePath = "/cases/" + caseId;

        WebUser.Page own = fenland.get(casePath);
        assertEquals(200, own.status(), own.body());
        for (String page : new String[] {casePath + "/notes", casePath + "/chronology", casePath + "/allocation"}) {
            assertEquals(200, fenland.get(page).status(), page);
        }

        WebUser hunts = WebUser.signIn(d, "hunts.sw");
        WebUser pboro = WebUser.signIn(d, "pboro.sw");
        for (String page : new String[] {casePath, casePath + "/notes", casePath + "/chronology", casePath + "/allocation"}) {
            assertEquals(404, hunts.get(page).status(), "another district: " + page);
            assertEquals(404, pboro.get(page).status(), "another authority: " + page);
        }
        // writes are refused the same way, and nothing is saved
        WebUser.Page note = pboro.post(casePath + "/notes", java.util.Map.of("kind", "NOTE", "body", "should not save"));
        assertEquals(404, note.status());
        assertFalse(fenland.get(casePath + "/notes").body().contains("should not save"));

        // malformed ids are simply not found, never a stack trace
        assertEquals(404, fenland.get("/cases/not-a-number").status());
        assertEquals(404, fenland.get("/cases/99999999999").status());

        // an administrator runs the system but does not read children's records by default
        WebUser admin = WebUser.signIn(d, "cambs.admin");
        assertEquals(403, admin.get(casePath).status());

        // the audit log names the read of this case
        String audit = admin.get("/admin/audit").body();
        assertTrue(audit.contains("case.view"), "case views are audited");
        assertTrue(d.console("safeguard:audit-verify").contains("intact"), "audit chain intact");
    }

    @Test
    void aManagerSeesTheirTeamsCaseloadButNotAnotherTeams() {
        WebUser manager = WebUser.signIn(d, "fenland.manager");
        String home = manager.get("/cases/work-tray").body();
        java.util.regex.Matcher team = java.util.regex.Pattern.compile("/cases/teams/(\\d+)/caseload").matcher(
                home + manager.get("/cases").body());
        assertTrue(team.find(), "the manager is offered their team's caseload");
        String caseload = "/cases/teams/" + team.group(1) + "/caseload";
        WebUser.Page page = manager.get(caseload);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("FTE") || page.body().contains("fte"), "caseload shows capacity");

        WebUser otherManager = WebUser.signIn(d, "hunts.manager");
        assertEquals(404, otherManager.get(caseload).status(), "another team's caseload");
        WebUser pboroManager = WebUser.signIn(d, "pboro.manager");
        assertEquals(404, pboroManager.get(caseload).status(), "another authority's team");
    }
}
