package org.safeguard.fostering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.safeguard.fostering.contact.ContactTab;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;

/** The descriptor, its permissions and defaults, the navigation and the case tab. */
class FosteringModuleTest {

    private final Map<String, PermissionDefinition> permissions = new FosteringModule().permissions().stream()
            .collect(Collectors.toMap(PermissionDefinition::id, p -> p));

    @Test
    void theIdIsTheFeatureSuffixAndEveryPermissionIsPrefixed() {
        assertEquals("fostering", new FosteringModule().id());
        assertTrue(permissions.keySet().stream().allMatch(id -> id.startsWith("fostering.")));
        assertEquals(6, permissions.size());
    }

    @Test
    void approvalIsTheManagersAndAdministratorsReadNoChildrensRecords() {
        assertEquals(java.util.Set.of(Role.TEAM_MANAGER), permissions.get(FosteringModule.APPROVE).defaultRoles());
        assertFalse(permissions.get(FosteringModule.READ).defaultRoles().contains(Role.AUTHORITY_ADMINISTRATOR));
        assertEquals(java.util.Set.of(Role.AUTHORITY_ADMINISTRATOR), permissions.get(FosteringModule.SETTINGS).defaultRoles());
        assertFalse(permissions.get(FosteringModule.MATCH).defaultRoles().contains(Role.CLINICIAN));
    }

    @Test
    void theMenuAndTheCaseTabNeedTheReadPermission() {
        assertEquals("/fostering", new FosteringNavigation().href());
        assertEquals(FosteringModule.READ, new FosteringNavigation().permission());
        ContactTab tab = new ContactTab();
        assertEquals("case", tab.recordType());
        assertEquals("/fostering/cases/42/contact", tab.href("42"));
        assertEquals(FosteringModule.MODULE_ID, tab.moduleId());
    }
}
