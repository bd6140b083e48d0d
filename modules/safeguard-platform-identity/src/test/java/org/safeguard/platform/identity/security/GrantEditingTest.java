package org.safeguard.platform.identity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;

class GrantEditingTest {

    private static final PermissionDefinition UNINSTALL = new PermissionDefinition("platform.modules.uninstall",
            "Uninstall modules", Set.of(Role.SYSTEM_ADMINISTRATOR));
    private static final PermissionDefinition AUDIT = new PermissionDefinition("platform.audit.view",
            "Read the audit log", Set.of(Role.SYSTEM_ADMINISTRATOR, Role.AUTHORITY_ADMINISTRATOR));
    private static final Set<String> PLATFORM_SCOPE = Set.of("platform.modules.uninstall");
    private static final List<PermissionDefinition> DEFINITIONS = List.of(UNINSTALL, AUDIT);

    private static PermissionResolver.Cell cell(Role role, String permission) {
        return new PermissionResolver.Cell(role, permission);
    }

    @Test
    void anAuthorityAdministratorMayNotChangePlatformPermissionsOrTheSystemAdministratorColumn() {
        GrantEditing editing = new GrantEditing(false, PLATFORM_SCOPE);
        assertFalse(editing.mayChange(Role.AUTHORITY_ADMINISTRATOR, "platform.modules.uninstall"));
        assertFalse(editing.mayChange(Role.SYSTEM_ADMINISTRATOR, "platform.audit.view"));
        assertTrue(editing.mayChange(Role.TEAM_MANAGER, "platform.audit.view"));
    }

    @Test
    void cellsTheSaverMayNotChangeKeepTheirValueWhateverWasPosted() {
        PermissionResolver current = new PermissionResolver(DEFINITIONS, List.of());
        // posted: uninstall for the authority administrator, the system administrator's audit box unticked
        Set<PermissionResolver.Cell> posted = Set.of(
                cell(Role.AUTHORITY_ADMINISTRATOR, "platform.modules.uninstall"),
                cell(Role.AUTHORITY_ADMINISTRATOR, "platform.audit.view"),
                cell(Role.TEAM_MANAGER, "platform.audit.view"));

        Set<PermissionResolver.Cell> stored = new GrantEditing(false, PLATFORM_SCOPE).apply(posted, current, DEFINITIONS);

        assertEquals(Set.of(
                cell(Role.SYSTEM_ADMINISTRATOR, "platform.modules.uninstall"),
                cell(Role.SYSTEM_ADMINISTRATOR, "platform.audit.view"),
                cell(Role.AUTHORITY_ADMINISTRATOR, "platform.audit.view"),
                cell(Role.TEAM_MANAGER, "platform.audit.view")), stored);
    }

    @Test
    void aSystemAdministratorMayChangeEveryCell() {
        PermissionResolver current = new PermissionResolver(DEFINITIONS, List.of());
        Set<PermissionResolver.Cell> posted = Set.of(cell(Role.AUTHORITY_ADMINISTRATOR, "platform.modules.uninstall"));

        assertEquals(posted, new GrantEditing(true, PLATFORM_SCOPE).apply(posted, current, DEFINITIONS));
    }
}
