package org.safeguard.caserecords;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * The one access rule for children's and families' records. A user may see a record when it is
 * in their authority, case records is enabled for the record's district, and either the record's
 * district is served by one of their teams, one of their teams is county-wide, or they hold the
 * case themselves (a worker keeps their cases while a restructure moves the team). Everything
 * else is "not found", so a record's existence never leaks across districts or authorities.
 * Built per request: the user's teams are looked up once.
 */
public final class CaseAccess {

    private final CurrentUser user;
    private final ModuleEnablement enablement;
    private final boolean countyWide;
    private final Set<Long> districts = new HashSet<>();
    private final Set<Long> teams = new HashSet<>();

    public CaseAccess(CurrentUser user, Function<Long, Optional<Team>> directory, ModuleEnablement enablement) {
        this.user = user;
        this.enablement = enablement;
        boolean anyCountyWide = false;
        for (Long teamId : user.teamIds()) {
            Optional<Team> team = directory.apply(teamId);
            if (team.isEmpty() || !Objects.equals(team.get().authorityId(), user.authorityId())) {
                continue;
            }
            teams.add(teamId);
            if (team.get().districtId() == null) {
                anyCountyWide = true;
            } else {
                districts.add(team.get().districtId());
            }
        }
        this.countyWide = anyCountyWide;
    }

    public boolean canSee(long authorityId, long districtId, Long leadWorkerId, Long coWorkerId) {
        if (user.authorityId() == null || user.authorityId() != authorityId) {
            return false;
        }
        if (!enablement.isEnabled(CaseRecordsModule.MODULE_ID, authorityId, districtId)) {
            return false;
        }
        return countyWide || districts.contains(districtId)
                || (user.userId() != null && (user.userId().equals(leadWorkerId) || user.userId().equals(coWorkerId)));
    }

    /** A family record: by its district (its cases' workers see it through {@link #canSee} on the case). */
    public boolean canSeeFamily(long authorityId, long districtId) {
        return canSee(authorityId, districtId, null, null);
    }

    /** May this user act for this team (its caseload, work tray, allocation)? Only their own teams. */
    public boolean isOwnTeam(long teamId) {
        return teams.contains(teamId);
    }

    public boolean countyWide() {
        return countyWide;
    }

    /** Districts the user's teams serve (empty for a county-wide-only user: see {@link #countyWide()}). */
    public Set<Long> districts() {
        return Set.copyOf(districts);
    }

    public Set<Long> ownTeams() {
        return Set.copyOf(teams);
    }

    public CurrentUser user() {
        return user;
    }
}
