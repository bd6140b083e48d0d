package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.itests.AdministratorEnablesModuleBrowserIT.assertAccessible;

import org.junit.jupiter.api.Test;

/**
 * axe-core (WCAG 2.2 A/AA) on the kinds of page the administrator journey does not pass through:
 * tables, long forms, forms shown again with errors, the permission matrix, the audit log, the
 * forbidden page and a module's own form.
 */
class EveryKindOfPageIsAccessibleBrowserIT {

    private final Distribution d = Distribution.shared();

    @Test
    void administrationPages() {
        try (Browser admin = new Browser(d)) {
            admin.signIn("cambs.admin");

            admin.open("/admin/organisation");
            assertTrue(admin.text().contains("Fenland"), "districts and teams listed");
            assertAccessible(admin, "organisation page");

            admin.open("/admin/users/new");
            assertAccessible(admin, "new user form");
            admin.submit();
            assertTrue(admin.find(".govuk-error-summary").isDisplayed(), "empty form refused with a summary");
            assertAccessible(admin, "new user form with errors");

            admin.open("/admin/permissions");
            assertAccessible(admin, "permissions page");

            admin.open("/admin/audit");
            assertTrue(admin.findAll("table tbody tr").size() > 0, "audit entries listed");
            assertAccessible(admin, "audit log");

            admin.open("/admin/modules/team-notices/uninstall");
            assertEquals("You do not have permission to see this page", admin.heading(),
                    "uninstalling is for system administrators only");
            assertAccessible(admin, "forbidden page");
        }
    }

    @Test
    void aModulesOwnFormWithErrors() {
        Modules.ensureInstalled(d, "team-notices");
        d.console("safeguard:module-enable --district Fenland team-notices CCC");
        try (Browser manager = new Browser(d)) {
            manager.signIn("fenland.manager");
            manager.open("/team-notices/new");
            assertAccessible(manager, "new notice form");
            manager.submit();
            assertTrue(manager.find(".govuk-error-summary").isDisplayed(), "empty notice refused with a summary");
            assertAccessible(manager, "new notice form with errors");
        }
    }
}
