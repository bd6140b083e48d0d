package org.safeguard.modules.teamnotices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;

class TeamNoticesModuleTest {

    private final Map<String, PermissionDefinition> permissions = new TeamNoticesModule().permissions().stream()
            .collect(Collectors.toMap(PermissionDefinition::id, Function.identity()));

    @Test
    void theIdMatchesTheFeatureNameAndEveryPermissionIsPrefixedWithIt() {
        assertEquals("team-notices", new TeamNoticesModule().id());
        assertTrue(permissions.keySet().stream().allMatch(id -> id.startsWith("team-notices.")));
    }

    @Test
    void everyRoleCanReadTheirTeamsNotices() {
        assertEquals(EnumSet.allOf(Role.class), permissions.get("team-notices.read").defaultRoles());
    }

    @Test
    void managersSeniorsBusinessSupportAndAdministratorsPost() {
        var posters = permissions.get("team-notices.post").defaultRoles();
        assertEquals(EnumSet.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.BUSINESS_SUPPORT,
                Role.AUTHORITY_ADMINISTRATOR), EnumSet.copyOf(posters));
        assertFalse(posters.contains(Role.SOCIAL_WORKER));
    }

    @Test
    void theMenuEntryNeedsTheReadPermission() {
        TeamNoticesNavigation navigation = new TeamNoticesNavigation();
        assertEquals("/team-notices", navigation.href());
        assertEquals("team-notices.read", navigation.permission());
        assertEquals(100, navigation.order());
    }
}
