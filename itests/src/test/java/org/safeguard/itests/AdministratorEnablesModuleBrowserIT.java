package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The authority administrator's journey in a real browser: enable a module for one district on
 * the Modules page; a social worker there sees its menu entry, one elsewhere does not. Every kind
 * of page on the way is checked with axe-core.
 */
class AdministratorEnablesModuleBrowserIT {

    private static final Path SHOTS = Path.of("target/screenshots");

    private final Distribution d = Distribution.shared();

    @Test
    void administratorEnablesTeamNoticesForFenlandOnly() {
        Modules.ensureInstalled(d, "team-notices");
        d.console("safeguard:module-disable team-notices CCC");

        try (Browser admin = new Browser(d)) {
            admin.open("/login");
            assertAccessible(admin, "sign-in page");
            admin.signIn("cambs.admin");
            assertAccessible(admin, "home page");
            admin.screenshot(SHOTS.resolve("home.png"));

            admin.clickAndWait(admin.link("Modules"));
            assertEquals("/admin/modules", admin.path());
            assertAccessible(admin, "modules page");
            admin.screenshot(SHOTS.resolve("modules.png"));

            admin.open("/admin/modules/team-notices/enablement");
            assertAccessible(admin, "enablement form");
            // a mistake first: "only some districts" with none ticked is refused with a message
            admin.find("input[type=radio][value=districts]").click();
            admin.submit();
            assertTrue(admin.find(".govuk-error-summary").isDisplayed(), "error summary shown");
            assertAccessible(admin, "enablement form with errors");

            admin.find("input[type=radio][value=districts]").click();
            admin.findAll("input[type=checkbox]").stream()
                    .filter(box -> admin.find("label[for='" + box.getAttribute("id") + "']").getText().equals("Fenland"))
                    .findFirst().orElseThrow().click();
            admin.submit();
            assertEquals("/admin/modules", admin.path());
            assertTrue(admin.text().contains("Fenland"), "the list says where it is enabled");
            admin.screenshot(SHOTS.resolve("modules-enabled.png"));
        }

        try (Browser fenland = new Browser(d)) {
            fenland.signIn("fenland.sw");
            fenland.clickAndWait(fenland.link("Team notices"));
            assertEquals("/team-notices", fenland.path());
            assertTrue(fenland.heading().contains("Team notices"));
            assertAccessible(fenland, "team notices");
        }

        try (Browser hunts = new Browser(d)) {
            hunts.signIn("hunts.sw");
            assertTrue(hunts.findAll("a[href='/team-notices']").isEmpty(), "no menu entry in Huntingdonshire");
            hunts.open("/team-notices");
            assertTrue(hunts.heading().contains("Page not found"));
            assertAccessible(hunts, "not found page");
        }
    }

    static void assertAccessible(Browser browser, String what) {
        List<String> violations = browser.accessibilityViolations();
        assertTrue(violations.isEmpty(), what + " has accessibility violations:\n" + String.join("\n", violations));
    }
}
