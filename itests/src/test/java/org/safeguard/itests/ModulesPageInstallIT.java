package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The Modules page does what the console does: a system administrator uninstalls and installs a
 * module from the page, without a restart, and the audit log records both.
 */
class ModulesPageInstallIT {

    private final Distribution d = Distribution.shared();

    @Test
    void systemAdministratorUninstallsAndInstallsFromThePage() {
        long pid = d.pid();
        Modules.ensureInstalled(d, "team-notices");
        WebUser sysadmin = WebUser.signIn(d, "sysadmin");

        WebUser.Page confirm = sysadmin.get("/admin/modules/team-notices/uninstall");
        assertEquals(200, confirm.status());
        assertTrue(confirm.body().contains("data"), "the confirmation says what happens to the data");
        WebUser.Page afterUninstall = sysadmin.post("/admin/modules/team-notices/uninstall", Map.of());
        assertEquals("/admin/modules", afterUninstall.path());
        assertTrue(Modules.hasState(Modules.health(d), "team-notices", "AVAILABLE"), Modules.health(d));
        assertTrue(afterUninstall.body().contains("/admin/modules/team-notices/install"), "an Install button is offered");

        WebUser.Page afterInstall = sysadmin.post("/admin/modules/team-notices/install", Map.of());
        assertEquals("/admin/modules", afterInstall.path());
        Modules.awaitHealthState(d, "team-notices", "INSTALLED", afterInstall.body());

        String audit = sysadmin.get("/admin/audit").body();
        assertTrue(audit.contains("module.uninstall") && audit.contains("module.install"), "both actions audited");
        assertEquals(pid, d.pid(), "no restart");
    }
}
