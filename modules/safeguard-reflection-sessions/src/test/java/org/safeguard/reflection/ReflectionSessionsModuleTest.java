package org.safeguard.reflection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;

class ReflectionSessionsModuleTest {

    private final ReflectionSessionsModule module = new ReflectionSessionsModule();
    private final Map<String, Set<Role>> defaults = module.permissions().stream()
            .collect(Collectors.toMap(PermissionDefinition::id, PermissionDefinition::defaultRoles));

    @Test
    void theIdIsTheFeaturesSuffixAndPermissionsArePrefixed() {
        assertEquals("reflection-sessions", module.id());
        assertTrue(defaults.keySet().stream().allMatch(id -> id.startsWith("reflection-sessions.")));
        assertEquals(6, defaults.size());
    }

    @Test
    void cliniciansAndManagersRunSessionsAndOverseeAndPractitionersMarkTheirActions() {
        assertEquals(Set.of(Role.CLINICIAN, Role.TEAM_MANAGER), defaults.get(ReflectionSessionsModule.RUN));
        assertEquals(Set.of(Role.CLINICIAN, Role.TEAM_MANAGER), defaults.get(ReflectionSessionsModule.OVERSIGHT));
        assertTrue(defaults.get(ReflectionSessionsModule.ACTIONS).containsAll(Set.of(Role.SOCIAL_WORKER,
                Role.ADULT_PRACTITIONER_DOMESTIC_ABUSE, Role.CHILDRENS_PRACTITIONER)));
        assertEquals(Set.of(Role.TEAM_MANAGER, Role.AUTHORITY_ADMINISTRATOR), defaults.get(ReflectionSessionsModule.CLINICIANS));
        assertEquals(Set.of(Role.AUTHORITY_ADMINISTRATOR), defaults.get(ReflectionSessionsModule.SETTINGS));
    }

    @Test
    void administratorsAndBusinessSupportDoNotReadFamiliesDiscussions() {
        assertFalse(defaults.get(ReflectionSessionsModule.READ).contains(Role.AUTHORITY_ADMINISTRATOR));
        assertFalse(defaults.get(ReflectionSessionsModule.READ).contains(Role.BUSINESS_SUPPORT));
        assertTrue(defaults.get(ReflectionSessionsModule.READ).contains(Role.REVIEWING_OFFICER));
    }

    @Test
    void theMenuAndTabNeedTheReadPermission() {
        assertEquals(ReflectionSessionsModule.READ, new ReflectionNavigation().permission());
        assertEquals("/reflection", new ReflectionNavigation().href());
        assertEquals(ReflectionSessionsModule.SETTINGS, new ReflectionSettingsNavigation().permission());
        assertEquals("family", new org.safeguard.reflection.web.FamilyTab().recordType());
        assertEquals("/reflection/families/42", new org.safeguard.reflection.web.FamilyTab().href("42"));
    }
}
