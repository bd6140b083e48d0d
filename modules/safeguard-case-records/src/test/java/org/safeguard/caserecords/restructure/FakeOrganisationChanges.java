package org.safeguard.caserecords.restructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.caserecords.FakeOrganisation;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationChanges;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;

/**
 * The organisation side of a restructure for unit tests: {@link FakeOrganisation}'s teams and
 * staff, with districts, and moves and merges done on it as the identity bundle does them (a
 * merged team is no longer listed and its roles are gone, but is still found by id). Can be told
 * to fail, to play a team change that breaks after the cases were saved.
 */
final class FakeOrganisationChanges implements OrganisationChanges, OrganisationDirectory {

    private final FakeOrganisation organisation;
    private final Map<Long, District> districts = new HashMap<>();
    private final Map<Long, Long> mergedInto = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    private RuntimeException failNext;

    FakeOrganisationChanges(FakeOrganisation organisation) {
        this.organisation = organisation;
    }

    FakeOrganisationChanges district(long id, long authorityId, String name) {
        districts.put(id, new District(id, authorityId, name));
        return this;
    }

    void failNext(RuntimeException failure) {
        this.failNext = failure;
    }

    @Override
    public Team moveTeam(long teamId, long districtId, org.safeguard.platform.api.security.CurrentUser actor,
                         String remoteAddress) {
        failIfTold();
        Team team = organisation.team(teamId).filter(t -> t.authorityId() == actor.authorityId())
                .orElseThrow(() -> new IllegalArgumentException("The team is not one of your authority's teams"));
        District district = district(districtId).filter(d -> d.authorityId() == team.authorityId())
                .orElseThrow(() -> new IllegalArgumentException("Select a district of the team's authority"));
        calls.add("move " + teamId + " to " + districtId);
        organisation.team(teamId, team.authorityId(), district.id(), team.name());
        return organisation.team(teamId).orElseThrow();
    }

    @Override
    public Team mergeTeams(long fromTeamId, long intoTeamId, org.safeguard.platform.api.security.CurrentUser actor,
                           String remoteAddress) {
        failIfTold();
        Team into = organisation.team(intoTeamId).orElseThrow();
        if (mergedInto.containsKey(fromTeamId)) {
            if (mergedInto.get(fromTeamId) == intoTeamId) {
                return into;
            }
            throw new IllegalArgumentException("The team has already been merged into another team");
        }
        calls.add("merge " + fromTeamId + " into " + intoTeamId);
        for (StaffMember member : organisation.teamMembers(fromTeamId)) {
            for (StaffMember.TeamRole role : member.teamRoles()) {
                boolean held = member.teamRoles().contains(new StaffMember.TeamRole(intoTeamId, role.role()));
                if (role.teamId() == fromTeamId && !held) {
                    organisation.member(member.id(), member.authorityId(), member.displayName(),
                            member.fte().toPlainString(), intoTeamId, role.role());
                }
            }
        }
        mergedInto.put(fromTeamId, intoTeamId);
        return into;
    }

    private void failIfTold() {
        RuntimeException failure = failNext;
        failNext = null;
        if (failure != null) {
            throw failure;
        }
    }

    // ---- the directory, as the identity bundle answers it after the changes

    @Override public List<Authority> authorities() { return List.of(); }
    @Override public Optional<Authority> authority(long authorityId) { return Optional.empty(); }

    @Override
    public List<District> districts(long authorityId) {
        return districts.values().stream().filter(d -> d.authorityId() == authorityId)
                .sorted(java.util.Comparator.comparing(District::name)).toList();
    }

    @Override
    public Optional<District> district(long districtId) {
        return Optional.ofNullable(districts.get(districtId));
    }

    @Override
    public List<Team> teams(long authorityId) {
        return organisation.teams(authorityId).stream().filter(t -> !mergedInto.containsKey(t.id())).toList();
    }

    @Override
    public Optional<Team> team(long teamId) {
        return organisation.team(teamId);
    }

    @Override
    public List<StaffMember> staff(long authorityId) {
        return organisation.staff(authorityId).stream().map(this::withoutRetiredTeams).toList();
    }

    @Override
    public List<StaffMember> teamMembers(long teamId) {
        return organisation.teamMembers(teamId).stream().map(this::withoutRetiredTeams)
                .filter(s -> s.teamRoles().stream().anyMatch(r -> r.teamId() == teamId)).toList();
    }

    @Override
    public Optional<StaffMember> staffMember(long userId) {
        return organisation.staffMember(userId).map(this::withoutRetiredTeams);
    }

    private StaffMember withoutRetiredTeams(StaffMember member) {
        return new StaffMember(member.id(), member.authorityId(), member.username(), member.displayName(), member.fte(),
                member.active(), member.teamRoles().stream().filter(r -> !mergedInto.containsKey(r.teamId())).toList());
    }
}
