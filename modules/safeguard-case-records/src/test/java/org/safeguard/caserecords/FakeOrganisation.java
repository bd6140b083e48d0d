package org.safeguard.caserecords;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;

/**
 * An in-memory organisation for unit tests: teams, staff, and case records enabled everywhere
 * unless a district is switched off with {@link #disable}.
 */
public final class FakeOrganisation implements OrganisationDirectory {

    private final Map<Long, Team> teams = new HashMap<>();
    private final Map<Long, StaffMember> staff = new HashMap<>();
    private final Set<Long> disabledDistricts = new HashSet<>();

    public FakeOrganisation team(long id, long authorityId, Long districtId, String name) {
        teams.put(id, new Team(id, authorityId, districtId, name, TeamType.FAMILY_SAFEGUARDING));
        return this;
    }

    public FakeOrganisation member(long userId, long authorityId, String name, String fte, long teamId, Role role) {
        StaffMember existing = staff.get(userId);
        List<StaffMember.TeamRole> roles = new ArrayList<>(existing == null ? List.of() : existing.teamRoles());
        roles.add(new StaffMember.TeamRole(teamId, role));
        staff.put(userId, new StaffMember(userId, authorityId, "user" + userId, name, new BigDecimal(fte), true, roles));
        return this;
    }

    public FakeOrganisation disable(long districtId) {
        disabledDistricts.add(districtId);
        return this;
    }

    public ModuleEnablement enablement() {
        return new ModuleEnablement() {
            @Override
            public boolean isEnabled(String moduleId, Long authorityId, Long districtId) {
                return districtId == null || !disabledDistricts.contains(districtId);
            }

            @Override
            public Enablement enablement(String moduleId, long authorityId) {
                return new Enablement(moduleId, authorityId, true, Set.of());
            }

            @Override
            public void setEnablement(Enablement enablement, CurrentUser actor, String remoteAddress) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Override public List<Authority> authorities() { return List.of(); }
    @Override public Optional<Authority> authority(long authorityId) { return Optional.empty(); }
    @Override public List<District> districts(long authorityId) { return List.of(); }
    @Override public Optional<District> district(long districtId) { return Optional.empty(); }

    @Override
    public List<Team> teams(long authorityId) {
        return teams.values().stream().filter(t -> t.authorityId() == authorityId).toList();
    }

    @Override
    public Optional<Team> team(long teamId) {
        return Optional.ofNullable(teams.get(teamId));
    }

    @Override
    public List<StaffMember> staff(long authorityId) {
        return staff.values().stream().filter(s -> s.authorityId() == authorityId).toList();
    }

    @Override
    public List<StaffMember> teamMembers(long teamId) {
        return staff.values().stream()
                .filter(s -> s.teamRoles().stream().anyMatch(r -> r.teamId() == teamId)).toList();
    }

    @Override
    public Optional<StaffMember> staffMember(long userId) {
        return Optional.ofNullable(staff.get(userId));
    }
}
