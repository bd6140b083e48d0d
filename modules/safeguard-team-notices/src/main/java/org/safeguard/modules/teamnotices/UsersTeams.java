package org.safeguard.modules.teamnotices;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * The teams whose notices a user may read and post to. The web host lets the user in when the
 * module is enabled where they are working today, but their teams can sit in other districts: a
 * team counts only where the module is enabled for that team's own district (a county-wide team,
 * with no district, only when the module is enabled authority-wide).
 */
final class UsersTeams {

    private UsersTeams() {
    }

    /**
     * Those they hold a role in, within their own authority (a system administrator has none, so
     * takes their teams as they are), where the module is enabled; by name.
     */
    static List<Team> of(CurrentUser user, Function<Long, Optional<Team>> directory, ModuleEnablement enablement) {
        return user.teamIds().stream()
                .map(directory)
                .flatMap(Optional::stream)
                .filter(team -> user.authorityId() == null || team.authorityId() == user.authorityId())
                .filter(team -> enablement.isEnabled(TeamNoticesModule.MODULE_ID, team.authorityId(), team.districtId()))
                .sorted(Comparator.comparing(Team::name))
                .toList();
    }
}
