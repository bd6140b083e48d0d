package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Who reaches fostering's records over HTTP: the fostering team sees its authority's carers;
 * another authority gets 404; a district worker sees supervised contact for their own children but
 * not the carer register; a role without the permission gets 403; bad input is a 400 that saves
 * nothing; every look at carers and children is audited.
 */
class FosteringAccessIT {

    private final Distribution d = Distribution.shared();

    @Test
    void carersAreTheirAuthoritysAndTheFosteringServicesAndEveryLookIsAudited() {
        Fostering.ensureOn(d);
        WebUser gareth = WebUser.signIn(d, "gareth.lloyd-evans");
        long household = Fostering.households(gareth).get(0);
        String householdPath = "/fostering/households/" + household;
        assertEquals(200, gareth.get(householdPath).status());

        WebUser pboro = WebUser.signIn(d, "pboro.manager");
        assertEquals(404, pboro.get(householdPath).status(), "another authority");
        assertFalse(pboro.get("/fostering").body().contains("href=\"" + householdPath + "\""));
        WebUser fenland = WebUser.signIn(d, "fenland.sw");
        assertEquals(404, fenland.get(householdPath).status(), "a district team does not browse the register");
        WebUser.Page landing = fenland.get("/fostering");
        assertEquals("/fostering/contact", landing.path(), "district workers land on their children's contact");
        assertEquals(200, landing.status());

        long fenlandCase = Fostering.ownCases(fenland).get(0);
        assertEquals(200, fenland.get("/fostering/cases/" + fenlandCase + "/contact").status());
        assertEquals(404, WebUser.signIn(d, "hunts.sw").get("/fostering/cases/" + fenlandCase + "/contact").status(),
                "another district's child");
        assertEquals(404, pboro.get("/fostering/matching/" + fenlandCase).status(), "another authority's child");
        assertEquals(404, gareth.get("/fostering/households/not-a-number").status());
        assertEquals(404, gareth.get("/fostering/households/99999999").status());

        // roles: an administrator reads no child's or carer's records; a clinician does not match
        WebUser admin = WebUser.signIn(d, "cambs.admin");
        assertEquals(403, admin.get("/fostering").status());
        assertEquals(200, admin.get("/fostering/settings").status());
        assertEquals(403, WebUser.signIn(d, "fenland.clinician").get("/fostering/matching").status());
        assertEquals(403, gareth.get("/fostering/households/new").status(), "approving carers is the manager's");

        // bad input: 400 with a summary naming the fields, nothing saved
        WebUser helen = WebUser.signIn(d, "helen.birchall");
        helen.get("/fostering/households/new");
        WebUser.Page refused = helen.post("/fostering/households", Map.of("name", "", "carer1Name", "Half Entered",
                "approvalType", "MAINSTREAM", "ageFrom", "9", "ageTo", "3"));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("govuk-error-summary"));
        assertTrue(refused.body().contains("href=\"#name\"") && refused.body().contains("href=\"#ageTo\""));
        assertFalse(helen.get("/fostering?q=Half+Entered&status=all").body().contains("Half Entered</a>"), "nothing saved");
        // no CSRF token: refused by the host
        assertEquals(403, helen.postRaw("/fostering/households", Map.of("name", "x")).status());

        String audit = admin.get("/admin/audit").body();
        assertTrue(audit.contains("household.view") && audit.contains("carers.register.view")
                && audit.contains("contact.view"), "reads of carers and children are audited");
        assertTrue(d.console("safeguard:audit-verify").contains("intact"));
    }
}
