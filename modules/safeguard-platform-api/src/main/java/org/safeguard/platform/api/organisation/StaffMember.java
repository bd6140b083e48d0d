package org.safeguard.platform.api.organisation;

import java.math.BigDecimal;
import java.util.List;

import org.safeguard.platform.api.security.Role;

/**
 * A user of an authority with the roles they hold in teams.
 *
 * @param fte full-time equivalent, e.g. 0.5 for a clinician shared between two teams
 */
public record StaffMember(long id, long authorityId, String username, String displayName,
                          BigDecimal fte, boolean active, List<TeamRole> teamRoles) {

    public record TeamRole(long teamId, Role role) {}

    public StaffMember {
        teamRoles = List.copyOf(teamRoles);
    }
}
