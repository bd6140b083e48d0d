package org.safeguard.caserecords.workload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.caserecords.CaseAccess;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.Role;

/**
 * The teams a user acts for on the workload pages (allocation, caseload, work tray) and who in a
 * team may hold cases. A user acts only for teams they hold a role in, in their own authority
 * ({@link CaseAccess#ownTeams()}), where case records is enabled for the team's own district: the
 * web host has only checked the district the user works in today.
 */
final class WorkloadTeams {

    /** The roles that hold cases (DOMAIN.md: social workers, seniors, children's practitioners; managers may hold some). */
    static final Set<Role> CASE_HOLDING = CaseRecordsModule.CASE_HOLDERS;

    private final OrganisationDirectory directory;
    private final ModuleEnablement enablement;

    WorkloadTeams(OrganisationDirectory directory, ModuleEnablement enablement) {
        this.directory = directory;
        this.enablement = enablement;
    }

    /** The user's own teams where case records is enabled, by name. */
    List<Team> usersTeams(CaseAccess access) {
        return access.ownTeams().stream()
                .map(directory::team)
                .flatMap(Optional::stream)
                .filter(this::enabled)
                .sorted(Comparator.comparing(Team::name).thenComparing(Team::id))
                .toList();
    }

    /** One of the user's own teams, or empty (the page answers 404: someone else's team does not exist for them). */
    Optional<Team> usersTeam(CaseAccess access, long teamId) {
        if (!access.isOwnTeam(teamId)) {
            return Optional.empty();
        }
        return directory.team(teamId).filter(this::enabled);
    }

    /** Active members holding a case-holding role in this team, by name. */
    List<CaseHolder> caseHolders(long teamId) {
        List<CaseHolder> holders = new ArrayList<>();
        for (StaffMember member : directory.teamMembers(teamId)) {
            if (!member.active()) {
                continue;
            }
            // Role's declaration order runs from most to least senior: show the most senior one.
            member.teamRoles().stream()
                    .filter(r -> r.teamId() == teamId && CASE_HOLDING.contains(r.role()))
                    .map(StaffMember.TeamRole::role)
                    .min(Comparator.naturalOrder())
                    .ifPresent(role -> holders.add(new CaseHolder(member.id(), member.displayName(), role, member.fte())));
        }
        holders.sort(Comparator.comparing(CaseHolder::name).thenComparing(CaseHolder::id));
        return holders;
    }

    /**
     * The districts whose unallocated cases the team picks up: its own, or for a county-wide team
     * every district of the authority where case records is enabled.
     */
    List<Long> districtsServed(Team team) {
        if (team.districtId() != null) {
            return List.of(team.districtId());
        }
        return directory.districts(team.authorityId()).stream()
                .filter(d -> enablement.isEnabled(CaseRecordsModule.MODULE_ID, d.authorityId(), d.id()))
                .map(District::id)
                .toList();
    }

    /** A district's name for a history table; null district means a county-wide team. */
    String districtName(Long districtId) {
        if (districtId == null) {
            return "County-wide";
        }
        return directory.district(districtId).map(District::name).orElse("Unknown district");
    }

    /** A worker's name for a row whose worker is not a current member (left, or moved team). */
    Optional<String> staffName(long userId) {
        return directory.staffMember(userId).map(StaffMember::displayName);
    }

    boolean enabled(Team team) {
        return enablement.isEnabled(CaseRecordsModule.MODULE_ID, team.authorityId(), team.districtId());
    }

    boolean enabled(String moduleId, Team team) {
        return enablement.isEnabled(moduleId, team.authorityId(), team.districtId());
    }
}
