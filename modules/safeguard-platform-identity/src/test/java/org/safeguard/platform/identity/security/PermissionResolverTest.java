package org.safeguard.platform.identity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;

class PermissionResolverTest {

    private static final PermissionDefinition VIEW = new PermissionDefinition("platform.organisation.view", "See the organisation",
            Set.of(Role.SYSTEM_ADMINISTRATOR, Role.AUTHORITY_ADMINISTRATOR, Role.TEAM_MANAGER));
    private static final PermissionDefinition WRITE = new PermissionDefinition("team-notices.write", "Write notices",
            Set.of(Role.TEAM_MANAGER));

    @Test
    void rolesHoldTheirDefaultPermissionsWhenNobodyHasChangedThem() {
        PermissionResolver resolver = new PermissionResolver(List.of(VIEW, WRITE), List.of());

        assertEquals(Set.of("platform.organisation.view", "team-notices.write"), resolver.permissionsOf(Set.of(Role.TEAM_MANAGER)));
        assertEquals(Set.of(), resolver.permissionsOf(Set.of(Role.SOCIAL_WORKER)));
    }

    @Test
    void anAuthorityCanGrantAPermissionBeyondItsDefaultsAndTakeOneAway() {
        PermissionResolver resolver = new PermissionResolver(List.of(VIEW, WRITE), List.of(
                new PermissionResolver.Grant(Role.SOCIAL_WORKER, "team-notices.write", true),
                new PermissionResolver.Grant(Role.TEAM_MANAGER, "platform.organisation.view", false)));

        assertTrue(resolver.isGranted(Role.SOCIAL_WORKER, "team-notices.write"));
        assertFalse(resolver.isGranted(Role.TEAM_MANAGER, "platform.organisation.view"));
        assertEquals(Set.of("team-notices.write"), resolver.permissionsOf(Set.of(Role.TEAM_MANAGER)));
    }

    @Test
    void aUserHoldsTheUnionOfTheirRolesPermissions() {
        PermissionResolver resolver = new PermissionResolver(List.of(VIEW, WRITE), List.of(
                new PermissionResolver.Grant(Role.TEAM_MANAGER, "platform.organisation.view", false)));

        assertEquals(Set.of("platform.organisation.view", "team-notices.write"),
                resolver.permissionsOf(Set.of(Role.TEAM_MANAGER, Role.AUTHORITY_ADMINISTRATOR)));
    }

    @Test
    void aPermissionOfAModuleThatIsNotRunningGrantsNothing() {
        PermissionResolver resolver = new PermissionResolver(List.of(VIEW), List.of(
                new PermissionResolver.Grant(Role.SOCIAL_WORKER, "team-notices.write", true)));

        assertFalse(resolver.isGranted(Role.SOCIAL_WORKER, "team-notices.write"));
        assertEquals(Set.of(), resolver.permissionsOf(Set.of(Role.SOCIAL_WORKER)));
    }

    @Test
    void onlyCellsThatDifferFromTheDefaultsAreStoredAndEveryChangeIsReported() {
        PermissionResolver resolver = new PermissionResolver(List.of(VIEW, WRITE), List.of());
        Set<PermissionResolver.Cell> wanted = Set.of(
                new PermissionResolver.Cell(Role.SYSTEM_ADMINISTRATOR, "platform.organisation.view"),
                new PermissionResolver.Cell(Role.AUTHORITY_ADMINISTRATOR, "platform.organisation.view"),
                // the team manager loses view, the social worker gains write
                new PermissionResolver.Cell(Role.TEAM_MANAGER, "team-notices.write"),
                new PermissionResolver.Cell(Role.SOCIAL_WORKER, "team-notices.write"));

        assertEquals(Set.of(
                        new PermissionResolver.Grant(Role.TEAM_MANAGER, "platform.organisation.view", false),
                        new PermissionResolver.Grant(Role.SOCIAL_WORKER, "team-notices.write", true)),
                Set.copyOf(resolver.overridesFor(wanted)));
        assertEquals(List.of(
                        new PermissionResolver.Change(Role.TEAM_MANAGER, "platform.organisation.view", false),
                        new PermissionResolver.Change(Role.SOCIAL_WORKER, "team-notices.write", true)),
                resolver.changesTo(wanted));
    }

    @Test
    void tickingExactlyTheDefaultsStoresNoOverrides() {
        PermissionResolver resolver = new PermissionResolver(List.of(VIEW), List.of(
                new PermissionResolver.Grant(Role.SOCIAL_WORKER, "platform.organisation.view", true)));
        Set<PermissionResolver.Cell> defaults = Set.of(
                new PermissionResolver.Cell(Role.SYSTEM_ADMINISTRATOR, "platform.organisation.view"),
                new PermissionResolver.Cell(Role.AUTHORITY_ADMINISTRATOR, "platform.organisation.view"),
                new PermissionResolver.Cell(Role.TEAM_MANAGER, "platform.organisation.view"));

        assertEquals(List.of(), resolver.overridesFor(defaults));
        assertEquals(List.of(new PermissionResolver.Change(Role.SOCIAL_WORKER, "platform.organisation.view", false)),
                resolver.changesTo(defaults));
    }
}
