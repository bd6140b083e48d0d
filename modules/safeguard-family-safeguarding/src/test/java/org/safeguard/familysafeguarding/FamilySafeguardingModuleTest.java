package org.safeguard.familysafeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;

class FamilySafeguardingModuleTest {

    private final FamilySafeguardingModule module = new FamilySafeguardingModule();
    private final Map<String, Set<Role>> grants = module.permissions().stream()
            .collect(Collectors.toMap(PermissionDefinition::id, PermissionDefinition::defaultRoles));

    @Test
    void theIdIsTheFeatureSuffixAndPermissionsCarryIt() {
        assertEquals("family-safeguarding", module.id());
        assertTrue(module.permissions().stream().allMatch(p -> p.id().startsWith("family-safeguarding.")));
        assertEquals(Set.of(FamilySafeguardingModule.READ, FamilySafeguardingModule.RECORD,
                FamilySafeguardingModule.ASSIGN, FamilySafeguardingModule.SETTINGS), grants.keySet());
    }

    @Test
    void childrensWorkersAndAdultPractitionersReadTheAdultWork() {
        Set<Role> readers = grants.get(FamilySafeguardingModule.READ);
        assertTrue(readers.containsAll(FamilySafeguardingModule.ADULT_PRACTITIONERS));
        assertTrue(readers.containsAll(Set.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.CLINICIAN)));
        assertFalse(readers.contains(Role.AUTHORITY_ADMINISTRATOR), "running the system is no reason to read it");
        assertFalse(readers.contains(Role.BUSINESS_SUPPORT));
    }

    @Test
    void managersAssignAndAdministratorsSetTheGuides() {
        assertEquals(Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER), grants.get(FamilySafeguardingModule.ASSIGN));
        assertEquals(Set.of(Role.AUTHORITY_ADMINISTRATOR), grants.get(FamilySafeguardingModule.SETTINGS));
        assertFalse(grants.get(FamilySafeguardingModule.RECORD).contains(Role.CLINICIAN));
    }
}
