package org.safeguard.caserecords.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.Role;

/**
 * The people the demo cases are shared out over, read once from the organisation: per district the
 * teams that hold cases (Family Safeguarding, Assessment, Children's), their case-holding workers
 * and managers; the front door that records and decides contacts; the conference chairs.
 */
record Workforce(long authorityId, String authorityCode, String authorityName, List<DistrictTeams> districts,
                 List<Worker> frontDoor, List<Worker> frontDoorDeciders, List<String> chairs,
                 List<Worker> inCareWorkers, List<Worker> unaccompaniedWorkers) {

    static final Set<TeamType> CASE_HOLDING_TEAMS = EnumSet.of(TeamType.FAMILY_SAFEGUARDING, TeamType.ASSESSMENT,
            TeamType.CHILDRENS);
    static final Set<Role> CASE_HOLDERS = EnumSet.of(Role.SOCIAL_WORKER, Role.SENIOR_SOCIAL_WORKER,
            Role.CHILDRENS_PRACTITIONER);
    private static final Set<TeamType> FRONT_DOOR_TEAMS = EnumSet.of(TeamType.MASH, TeamType.CUSTOMER_SERVICE_CENTRE,
            TeamType.EARLY_HELP_HUB);
    /** Used only when the authority has no reviewing officers of its own; fictional. */
    private static final List<String> FALLBACK_CHAIRS = List.of("Margaret Holt", "Desmond Ferrar");

    /** A case-holder (or manager) in one team. */
    record Worker(long id, String name, double fte, Role role, long teamId) {

        boolean qualified() {
            return role == Role.SOCIAL_WORKER || role == Role.SENIOR_SOCIAL_WORKER;
        }
    }

    record TeamForce(long id, String name, TeamType type, long districtId, Worker manager, List<Worker> workers) {

        List<Worker> qualified() {
            List<Worker> q = workers.stream().filter(Worker::qualified).toList();
            return q.isEmpty() ? workers : q;
        }

        /** Who signs off: the manager, else the most senior worker. */
        Worker signOff() {
            if (manager != null) {
                return manager;
            }
            return workers.stream().filter(w -> w.role() == Role.SENIOR_SOCIAL_WORKER).findFirst()
                    .orElse(workers.get(0));
        }
    }

    record DistrictTeams(long id, String name, List<TeamForce> teams) {

        /** Teams that take new referrals; a district without an assessment team assesses in its long-term teams. */
        List<TeamForce> assessmentTeams() {
            List<TeamForce> assessment = teams.stream().filter(t -> t.type() == TeamType.ASSESSMENT).toList();
            return assessment.isEmpty() ? teams : assessment;
        }

        /** Teams that hold children in need and child protection plans. */
        List<TeamForce> longTermTeams() {
            List<TeamForce> longTerm = teams.stream().filter(t -> t.type() != TeamType.ASSESSMENT).toList();
            return longTerm.isEmpty() ? teams : longTerm;
        }

        int workers() {
            return teams.stream().mapToInt(t -> t.workers().size()).sum();
        }
    }

    static Workforce of(Authority authority, OrganisationDirectory directory) {
        List<StaffMember> staff = directory.staff(authority.id()).stream()
                .filter(StaffMember::active)
                .sorted(Comparator.comparingLong(StaffMember::id))
                .toList();
        List<Team> teams = directory.teams(authority.id()).stream()
                .sorted(Comparator.comparingLong(Team::id))
                .toList();
        List<DistrictTeams> districts = new ArrayList<>();
        List<District> known = directory.districts(authority.id()).stream()
                .sorted(Comparator.comparingLong(District::id)).toList();
        for (District district : known) {
            List<TeamForce> forces = new ArrayList<>();
            for (Team team : teams) {
                if (!CASE_HOLDING_TEAMS.contains(team.type()) || !Objects.equals(team.districtId(), district.id())) {
                    continue;
                }
                List<Worker> workers = new ArrayList<>();
                Worker manager = null;
                for (StaffMember member : staff) {
                    for (StaffMember.TeamRole role : member.teamRoles()) {
                        if (role.teamId() != team.id()) {
                            continue;
                        }
                        Worker w = new Worker(member.id(), member.displayName(),
                                member.fte() == null ? 1.0 : member.fte().doubleValue(), role.role(), team.id());
                        if (CASE_HOLDERS.contains(role.role()) && workers.stream().noneMatch(x -> x.id() == w.id())) {
                            workers.add(w);
                        } else if (role.role() == Role.TEAM_MANAGER && manager == null) {
                            manager = w;
                        }
                    }
                }
                if (!workers.isEmpty()) {
                    forces.add(new TeamForce(team.id(), team.name(), team.type(), district.id(), manager, List.copyOf(workers)));
                }
            }
            if (!forces.isEmpty()) {
                districts.add(new DistrictTeams(district.id(), district.name(), List.copyOf(forces)));
            }
        }
        List<Worker> frontDoor = new ArrayList<>();
        List<Worker> deciders = new ArrayList<>();
        for (Team team : teams) {
            if (!FRONT_DOOR_TEAMS.contains(team.type())) {
                continue;
            }
            for (StaffMember member : staff) {
                for (StaffMember.TeamRole role : member.teamRoles()) {
                    if (role.teamId() == team.id()) {
                        Worker w = new Worker(member.id(), member.displayName(), 1.0, role.role(), team.id());
                        frontDoor.add(w);
                        if (role.role() == Role.TEAM_MANAGER || role.role() == Role.SENIOR_SOCIAL_WORKER) {
                            deciders.add(w);
                        }
                    }
                }
            }
        }
        if (frontDoor.isEmpty()) {
            // no MASH of its own (Peterborough in the demo county): the assessment teams take contacts
            for (DistrictTeams d : districts) {
                for (TeamForce t : d.assessmentTeams()) {
                    frontDoor.addAll(t.qualified());
                    deciders.add(t.signOff());
                }
            }
        }
        if (deciders.isEmpty()) {
            deciders.addAll(frontDoor);
        }
        List<String> chairs = staff.stream()
                .filter(s -> s.teamRoles().stream().anyMatch(r -> r.role() == Role.REVIEWING_OFFICER))
                .map(StaffMember::displayName)
                .toList();
        return new Workforce(authority.id(), authority.code(), authority.name(), List.copyOf(districts),
                List.copyOf(frontDoor), List.copyOf(deciders), chairs.isEmpty() ? FALLBACK_CHAIRS : chairs,
                countyWide(teams, staff, TeamType.CHILDREN_IN_CARE), countyWide(teams, staff, TeamType.UASC));
    }

    /** Social workers of the authority's county-wide team of this type (children in care, UASC): they visit children in care. */
    private static List<Worker> countyWide(List<Team> teams, List<StaffMember> staff, TeamType type) {
        List<Worker> workers = new ArrayList<>();
        for (Team team : teams) {
            if (team.type() != type || team.districtId() != null) {
                continue;
            }
            for (StaffMember member : staff) {
                for (StaffMember.TeamRole role : member.teamRoles()) {
                    if (role.teamId() == team.id() && (role.role() == Role.SOCIAL_WORKER || role.role() == Role.SENIOR_SOCIAL_WORKER)) {
                        workers.add(new Worker(member.id(), member.displayName(), 1.0, role.role(), team.id()));
                    }
                }
            }
        }
        return List.copyOf(workers);
    }

    List<Worker> caseHolders() {
        return districts.stream().flatMap(d -> d.teams().stream()).flatMap(t -> t.workers().stream()).toList();
    }

    Optional<TeamForce> team(long teamId) {
        return districts.stream().flatMap(d -> d.teams().stream()).filter(t -> t.id() == teamId).findFirst();
    }

    boolean canHoldCases() {
        return !districts.isEmpty();
    }
}
