package org.safeguard.platform.identity.security;

import java.util.List;

import org.safeguard.platform.api.organisation.Team;

/** Where a user works for this request: the district they asked for, if they may work there. */
public final class WorkingDistrict {

    private WorkingDistrict() {
    }

    /**
     * @param requested the district the user chose (may be null)
     * @param teams     the user's teams, home team first
     * @return the requested district when one of the user's teams is in it, otherwise the home
     *         team's district, which is null for an authority-wide team (or no team at all)
     */
    public static Long choose(Long requested, List<Team> teams) {
        if (requested != null && teams.stream().anyMatch(t -> requested.equals(t.districtId()))) {
            return requested;
        }
        return teams.isEmpty() ? null : teams.get(0).districtId();
    }
}
