package org.safeguard.platform.identity.security;

import java.util.Objects;

import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;

/**
 * Who may deactivate or reactivate whose account. Never one's own, so an administrator cannot lock
 * themselves out; only within one's authority unless a system administrator; and a system
 * administrator's account only by another system administrator.
 */
public final class StaffDeactivation {

    private StaffDeactivation() {
    }

    public static boolean mayChange(CurrentUser actor, StaffMember staff) {
        if (Objects.equals(actor.userId(), staff.id())) {
            return false;
        }
        boolean systemAdministrator = actor.hasRole(Role.SYSTEM_ADMINISTRATOR);
        if (!systemAdministrator && !Objects.equals(actor.authorityId(), staff.authorityId())) {
            return false;
        }
        boolean staffIsSystemAdministrator = staff.teamRoles().stream()
                .anyMatch(r -> r.role() == Role.SYSTEM_ADMINISTRATOR);
        return systemAdministrator || !staffIsSystemAdministrator;
    }
}
