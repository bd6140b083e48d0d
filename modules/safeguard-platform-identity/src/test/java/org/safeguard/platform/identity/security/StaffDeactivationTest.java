package org.safeguard.platform.identity.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;

class StaffDeactivationTest {

    private static final long CAMBS = 1;
    private static final long PBORO = 2;

    private static CurrentUser actor(long id, long authority, Role role) {
        return new CurrentUser(id, "actor" + id, "Actor", authority, "Authority", null, null, Set.of(10L), Set.of(role), Set.of());
    }

    private static StaffMember staff(long id, long authority, Role role) {
        return new StaffMember(id, authority, "staff" + id, "Staff", BigDecimal.ONE, true,
                List.of(new StaffMember.TeamRole(10L, role)));
    }

    @Test
    void anAuthorityAdministratorMayDeactivateStaffOfTheirOwnAuthorityOnly() {
        CurrentUser admin = actor(1, CAMBS, Role.AUTHORITY_ADMINISTRATOR);
        assertTrue(StaffDeactivation.mayChange(admin, staff(2, CAMBS, Role.SOCIAL_WORKER)));
        assertFalse(StaffDeactivation.mayChange(admin, staff(3, PBORO, Role.SOCIAL_WORKER)));
    }

    @Test
    void nobodyMayDeactivateThemselves() {
        assertFalse(StaffDeactivation.mayChange(actor(1, CAMBS, Role.AUTHORITY_ADMINISTRATOR), staff(1, CAMBS, Role.AUTHORITY_ADMINISTRATOR)));
        assertFalse(StaffDeactivation.mayChange(actor(1, CAMBS, Role.SYSTEM_ADMINISTRATOR), staff(1, CAMBS, Role.SYSTEM_ADMINISTRATOR)));
    }

    @Test
    void aSystemAdministratorMayDeactivateAnyoneElseAnywhereAndOnlyTheyMayDeactivateOne() {
        CurrentUser sysadmin = actor(1, CAMBS, Role.SYSTEM_ADMINISTRATOR);
        assertTrue(StaffDeactivation.mayChange(sysadmin, staff(3, PBORO, Role.SOCIAL_WORKER)));
        assertTrue(StaffDeactivation.mayChange(sysadmin, staff(4, CAMBS, Role.SYSTEM_ADMINISTRATOR)));
        assertFalse(StaffDeactivation.mayChange(actor(5, CAMBS, Role.AUTHORITY_ADMINISTRATOR), staff(4, CAMBS, Role.SYSTEM_ADMINISTRATOR)));
    }
}
