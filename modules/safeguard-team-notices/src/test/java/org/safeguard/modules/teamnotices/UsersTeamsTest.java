package org.safeguard.modules.teamnotices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.FormErrors;

class UsersTeamsTest {

    private static final long CCC = 1L;
    private static final long FENLAND = 4L;
    private static final long HUNTS = 5L;

    private static final Team FENLAND_TEAM = new Team(10L, CCC, FENLAND, "Fenland Family Safeguarding team 1",
            TeamType.FAMILY_SAFEGUARDING);
    private static final Team HUNTS_TEAM = new Team(11L, CCC, HUNTS, "Huntingdonshire Family Safeguarding team 1",
            TeamType.FAMILY_SAFEGUARDING);
    private static final Team COUNTY_TEAM = new Team(12L, CCC, null, "Quality assurance", TeamType.FAMILY_SAFEGUARDING);
    private static final Map<Long, Team> DIRECTORY = Map.of(10L, FENLAND_TEAM, 11L, HUNTS_TEAM, 12L, COUNTY_TEAM);

    /** Working in Fenland today, with teams in Fenland, Huntingdonshire and county-wide. */
    private static final CurrentUser MANAGER = new CurrentUser(7L, "fenland.manager", "Alex Manager", CCC,
            "Cambridgeshire County Council", FENLAND, "Fenland", Set.of(10L, 11L, 12L), Set.of(Role.TEAM_MANAGER),
            Set.of(TeamNoticesModule.READ, TeamNoticesModule.POST));

    private static List<Team> teams(boolean authorityWide, Long... districts) {
        Set<Long> enabled = Set.of(districts);
        ModuleEnablement enablement = new ModuleEnablement() {
            @Override
            public boolean isEnabled(String moduleId, Long authorityId, Long districtId) {
                return TeamNoticesModule.MODULE_ID.equals(moduleId) && Objects.equals(authorityId, CCC)
                        && (authorityWide || districtId != null && enabled.contains(districtId));
            }

            @Override
            public Enablement enablement(String moduleId, long authorityId) {
                return new Enablement(moduleId, authorityId, authorityWide, enabled);
            }

            @Override
            public void setEnablement(Enablement enablement, CurrentUser actor, String remoteAddress) {
                throw new UnsupportedOperationException();
            }
        };
        return UsersTeams.of(MANAGER, id -> Optional.ofNullable(DIRECTORY.get(id)), enablement);
    }

    @Test
    void teamsInDistrictsWhereTheModuleIsOffAreLeftOut() {
        assertEquals(List.of(FENLAND_TEAM), teams(false, FENLAND));
    }

    @Test
    void countyWideTeamsCountOnlyWhenTheModuleIsOnAuthorityWide() {
        assertEquals(List.of(FENLAND_TEAM, HUNTS_TEAM), teams(false, FENLAND, HUNTS));
        assertEquals(List.of(FENLAND_TEAM, HUNTS_TEAM, COUNTY_TEAM), teams(true));
    }

    @Test
    void postingToATeamWhereTheModuleIsOffIsAFieldError() {
        List<Long> allowed = teams(false, FENLAND).stream().map(Team::id).toList();
        NoticeForm form = new NoticeForm("Duty cover", "Sam on Monday", String.valueOf(HUNTS_TEAM.id()), "", "", "");
        FormErrors errors = form.validate(Set.copyOf(allowed), LocalDate.of(2026, 11, 25));
        assertEquals(Map.of(NoticeForm.TEAM, "Select one of your teams"), errors.byField());
    }
}
