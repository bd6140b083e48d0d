package org.safeguard.fostering;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * Which of fostering's records a user may reach; what they may do is their permissions. The carer
 * register (households, their approval, reviews, training, the children living there, matches) is
 * for the teams that recruit, support and place with carers: fostering teams, and the corporate
 * parenting teams that find placements for children in care and for unaccompanied young people.
 * Only fostering teams keep the carers' records. A team counts where fostering is enabled for it
 * (a county-wide team only when enabled authority-wide), and only in the user's own authority, so
 * carers of one authority are never anyone else's. Supervised contact follows the child's case
 * instead (case records' access rule, through {@code CaseDirectory}).
 */
public final class FosteringAccess {

    /** Teams that see the carer register and match children with carers. */
    public static final Set<TeamType> REGISTER_TEAMS =
            EnumSet.of(TeamType.FOSTERING, TeamType.CHILDREN_IN_CARE, TeamType.UASC);
    /** Teams that keep the carers' records (details, approval, reviews, training). */
    public static final Set<TeamType> CARER_TEAMS = EnumSet.of(TeamType.FOSTERING);

    private final List<Team> teams = new ArrayList<>();

    public FosteringAccess(CurrentUser user, Function<Long, Optional<Team>> directory, ModuleEnablement enablement) {
        for (Long teamId : user.teamIds()) {
            directory.apply(teamId)
                    .filter(team -> Objects.equals(team.authorityId(), user.authorityId()))
                    .filter(team -> enablement.isEnabled(FosteringModule.MODULE_ID, team.authorityId(), team.districtId()))
                    .ifPresent(teams::add);
        }
    }

    public boolean seesRegister() {
        return teams.stream().anyMatch(t -> REGISTER_TEAMS.contains(t.type()));
    }

    public boolean keepsCarerRecords() {
        return teams.stream().anyMatch(t -> CARER_TEAMS.contains(t.type()));
    }
}
