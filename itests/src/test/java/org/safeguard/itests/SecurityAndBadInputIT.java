package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Bad input gets a clear message and changes nothing; the shell of every page is safe. */
class SecurityAndBadInputIT {

    private final Distribution d = Distribution.shared();

    @Test
    void wrongPasswordIsRefusedWithAClearMessage() {
        WebUser someone = WebUser.anonymous(d);
        WebUser.Page page = someone.login("fenland.ssw", "not-the-password");
        assertEquals(400, page.status());
        assertTrue(page.body().contains("Enter a correct username and password"), page.body());
        assertEquals("/login", someone.get("/").path(), "still signed out");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        WebUser someone = WebUser.anonymous(d);
        for (int i = 0; i < 5; i++) {
            someone.login("fenland.cp", "wrong-" + i);
        }
        WebUser.Page page = someone.login("fenland.cp", WebUser.DEMO_PASSWORD);
        assertEquals(400, page.status());
        assertTrue(page.body().toLowerCase().contains("locked"), page.body());
    }

    @Test
    void missingFieldsOnTheLoginFormNameTheField() {
        WebUser someone = WebUser.anonymous(d);
        someone.get("/login");
        WebUser.Page page = someone.post("/login", Map.of("username", "", "password", ""));
        assertEquals(400, page.status());
        assertTrue(page.body().contains("govuk-error-summary"), page.body());
        assertTrue(page.body().contains("href=\"#username\""), "error summary links to the field");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        Modules.ensureInstalled(d, "team-notices");
        WebUser admin = WebUser.signIn(d, "cambs.admin");
        String before = admin.get("/admin/modules/team-notices/enablement").body();
        WebUser.Page page = admin.postRaw("/admin/modules/team-notices/enablement",
                Map.of("scope", "authority"));
        assertEquals(403, page.status());
        assertEquals(before.replaceAll("value=\"[^\"]{20,}\"", ""),
                admin.get("/admin/modules/team-notices/enablement").body().replaceAll("value=\"[^\"]{20,}\"", ""),
                "enablement unchanged");
    }

    @Test
    void unknownModuleNamesGetAClearAnswer() {
        String out = d.console("safeguard:module-install no-such-module");
        assertTrue(out.contains("No module called no-such-module"), out);
        assertFalse(out.contains("Exception"), out);
        WebUser admin = WebUser.signIn(d, "cambs.admin");
        assertEquals(404, admin.post("/admin/modules/no-such-module/install", Map.of()).status());
        assertEquals(404, admin.get("/admin/modules/no-such-module/enablement").status());
    }

    @Test
    void malformedEnablementFieldsAreRefusedAndChangeNothing() {
        Modules.ensureInstalled(d, "team-notices");
        WebUser admin = WebUser.signIn(d, "cambs.admin");
        admin.get("/admin/modules/team-notices/enablement");
        WebUser.Page none = admin.post("/admin/modules/team-notices/enablement", Map.of("scope", "districts"));
        assertEquals(400, none.status());
        assertTrue(none.body().contains("govuk-error-summary"), none.body());
        WebUser.Page junk = admin.post("/admin/modules/team-notices/enablement",
                Map.of("scope", "districts", "districtIds", "not-a-number"));
        assertEquals(400, junk.status());
        WebUser.Page badScope = admin.post("/admin/modules/team-notices/enablement", Map.of("scope", "everywhere!"));
        assertEquals(400, badScope.status());
    }

    @Test
    void anotherAuthoritysAdministratorCannotChangeThisOne() {
        Modules.ensureInstalled(d, "team-notices");
        WebUser pboro = WebUser.signIn(d, "pboro.admin");
        String enablement = pboro.get("/admin/modules/team-notices/enablement").body();
        assertFalse(enablement.contains("Fenland"), "Peterborough's admin sees only Peterborough's districts");
        assertFalse(enablement.contains("Huntingdonshire"));
    }

    @Test
    void aSocialWorkerCannotReachAdministration() {
        WebUser sw = WebUser.signIn(d, "fenland.sw");
        assertEquals(403, sw.get("/admin/modules").status());
        assertEquals(403, sw.get("/admin/audit").status());
    }

    @Test
    void pagesCarrySecurityHeadersAndErrorsShowNoStackTrace() {
        WebUser sw = WebUser.signIn(d, "fenland.sw");
        WebUser.Page missing = sw.get("/no/such/page");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("Page not found"), missing.body());
        assertFalse(missing.body().contains("Exception"));
        assertNotNull(missing.header("Content-Security-Policy"));
        assertEquals("nosniff", missing.header("X-Content-Type-Options"));
        assertEquals("DENY", missing.header("X-Frame-Options"));
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        WebUser.Page page = WebUser.anonymous(d).get("/admin/modules");
        assertEquals("/login", page.path());
        assertTrue(page.body().contains("Sign in"));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        WebUser someone = WebUser.anonymous(d);
        someone.get("/login");
        WebUser.Page page = someone.post("/login", Map.of("username", "hunts.manager", "password", WebUser.DEMO_PASSWORD));
        String cookies = String.join("\n", page.response().previousResponse()
                .map(r -> r.headers().allValues("Set-Cookie")).orElse(page.response().headers().allValues("Set-Cookie")));
        assertTrue(cookies.contains("SAFEGUARD_SESSION="), cookies);
        assertTrue(cookies.contains("HttpOnly"), cookies);
        assertTrue(cookies.toLowerCase().contains("samesite=lax"), cookies);
    }
}
