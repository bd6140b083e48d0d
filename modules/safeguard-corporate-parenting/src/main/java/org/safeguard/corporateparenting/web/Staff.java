package org.safeguard.corporateparenting.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;

/** The people and teams the forms offer, always from the user's own authority. */
public final class Staff {

    /** Roles that hold a child in care (a team manager may hold a few). */
    public static final Set<Role> HOLDERS = EnumSet.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER);
    /** Personal advisers: qualified workers and children's practitioners, not their managers (seed 004 §2.18). */
    public static final Set<Role> ADVISERS = EnumSet.of(Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER,
            Role.CHILDRENS_PRACTITIONER);
    /** The county-wide teams of the corporate parenting service (seed 004 §2.17–2.19). */
    public static final Set<TeamType> CORPORATE_PARENTING = EnumSet.of(TeamType.CHILDREN_IN_CARE, TeamType.LEAVING_CARE,
            TeamType.UASC);

    /** One person in one team, as a form's option. */
    public record Member(long userId, String name, long teamId, String teamName, Role role) {}

    private final OrganisationDirectory directory;
    private final ModuleEnablement enablement;

    public Staff(OrganisationDirectory directory, ModuleEnablement enablement) {
        this.directory = directory;
        this.enablement = enablement;
    }

    /** Active independent reviewing officers of the authority, by name. */
    public List<Member> reviewingOfficers(long authorityId) {
        return members(authorityId, EnumSet.of(Role.REVIEWING_OFFICER), t -> true);
    }

    /** Personal advisers: workers of the corporate parenting teams, else of every team. */
    public List<Member> personalAdvisers(long authorityId) {
        List<Member> service = members(authorityId, ADVISERS, t -> CORPORATE_PARENTING.contains(t.type()));
        return service.isEmpty() ? members(authorityId, ADVISERS, t -> true) : service;
    }

    /**
     * The user's own teams in their authority where this module is enabled (a county-wide team
     * counts only when it is enabled authority-wide), by name.
     */
    public List<Team> ownTeams(CurrentUser user) {
        List<Team> teams = new ArrayList<>();
        for (Long teamId : user.teamIds()) {
            directory.team(teamId)
                    .filter(t -> Objects.equals(t.authorityId(), user.authorityId()))
                    .filter(t -> directory.teams(t.authorityId()).stream().anyMatch(c -> c.id() == t.id()))
                    .filter(t -> enablement.isEnabled(CorporateParentingModule.MODULE_ID, t.authorityId(), t.districtId()))
                    .ifPresent(teams::add);
        }
        teams.sort(Comparator.comparing(Team::name));
        return teams;
    }

    /** Members of a team who may hold a child in care. */
    public List<Member> holders(Team team) {
        List<Member> members = new ArrayList<>();
        for (StaffMember m : directory.teamMembers(team.id())) {
            if (!m.active()) {
                continue;
            }
            m.teamRoles().stream()
                    .filter(r -> r.teamId() == team.id() && HOLDERS.contains(r.role()))
                    .findFirst()
                    .ifPresent(r -> members.add(new Member(m.id(), m.displayName(), team.id(), team.name(), r.role())));
        }
        members.sort(Comparator.comparing(Member::name));
        return members;
    }

    /** The authority's team of this type (the UASC team, say), if it has one. */
    public Optional<Team> teamOfType(long authorityId, TeamType type) {
        return directory.teams(authorityId).stream().filter(t -> t.type() == type).min(Comparator.comparing(Team::id));
    }

    public Optional<String> teamName(Long teamId) {
        return teamId == null ? Optional.empty() : directory.team(teamId).map(Team::name);
    }

    public Optional<String> name(Long userId) {
        return userId == null ? Optional.empty() : directory.staffMember(userId).map(StaffMember::displayName);
    }

    private List<Member> members(long authorityId, Set<Role> roles, java.util.function.Predicate<Team> teamFilter) {
        List<Member> members = new ArrayList<>();
        List<Team> teams = directory.teams(authorityId);
        for (StaffMember m : directory.staff(authorityId)) {
            if (!m.active() || members.stream().anyMatch(x -> x.userId() == m.id())) {
                continue;
            }
            for (StaffMember.TeamRole r : m.teamRoles()) {
                Optional<Team> team = teams.stream().filter(t -> t.id() == r.teamId()).findFirst();
                if (roles.contains(r.role()) && team.isPresent() && teamFilter.test(team.get())) {
                    members.add(new Member(m.id(), m.displayName(), team.get().id(), team.get().name(), r.role()));
                    break;
                }
            }
        }
        members.sort(Comparator.comparing(Member::name));
        return members;
    }
}
