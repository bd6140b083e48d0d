package org.safeguard.platform.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * An in-memory organisation for unit tests: authorities, districts, teams and staff, with every
 * module enabled everywhere until a district is switched off with {@link #disable}. Also builds
 * the {@link CurrentUser} the platform would build for a member of staff.
 */
public final class FakeOrganisation implements OrganisationDirectory {

    private final Map<Long, Authority> authorities = new LinkedHashMap<>();
    private final Map<Long, District> districts = new LinkedHashMap<>();
    private final Map<Long, Team> teams = new LinkedHashMap<>();
    private final Map<Long, StaffMember> staff = new LinkedHashMap<>();
    private final Map<String, Set<Long>> disabled = new HashMap<>();

    public FakeOrganisation authority(long id, String name, String code) {
        authorities.put(id, new Authority(id, code, name));
        return this;
    }

    public FakeOrganisation district(long id, long authorityId, String name) {
        districts.put(id, new District(id, authorityId, name));
        return this;
    }

    public FakeOrganisation team(long id, long authorityId, Long districtId, String name, TeamType type) {
        teams.put(id, new Team(id, authorityId, districtId, name, type));
        return this;
    }

    /** Adds a role in a team; call again for a second team or role. */
    public FakeOrganisation member(long userId, long authorityId, String name, String fte, long teamId, Role role) {
        StaffMember existing = staff.get(userId);
        List<StaffMember.TeamRole> roles = new ArrayList<>(existing == null ? List.of() : existing.teamRoles());
        roles.add(new StaffMember.TeamRole(teamId, role));
        staff.put(userId, new StaffMember(userId, authorityId, "user" + userId, name, new BigDecimal(fte), true, roles));
        return this;
    }

    /** Switches a module off for one district. */
    public FakeOrganisation disable(String moduleId, long districtId) {
        disabled.computeIfAbsent(moduleId, m -> new HashSet<>()).add(districtId);
        return this;
    }

    /**
     * The user as the platform builds them: their teams, roles, the district of their first team
     * with one, and the given permissions (the platform derives these from roles and grants).
     */
    public CurrentUser user(long userId, String... permissions) {
        StaffMember member = staffMember(userId).orElseThrow(() -> new IllegalArgumentException("no staff " + userId));
        Set<Long> teamIds = new HashSet<>();
        Set<Role> roles = new HashSet<>();
        Long districtId = null;
        for (StaffMember.TeamRole role : member.teamRoles()) {
            teamIds.add(role.teamId());
            roles.add(role.role());
            Team team = teams.get(role.teamId());
            if (districtId == null && team != null) {
                districtId = team.districtId();
            }
        }
        Authority authority = authorities.get(member.authorityId());
        District district = districtId == null ? null : districts.get(districtId);
        return new CurrentUser(userId, member.username(), member.displayName(), member.authorityId(),
                authority == null ? null : authority.name(), districtId, district == null ? null : district.name(),
                teamIds, roles, Set.of(permissions));
    }

    public ModuleEnablement enablement() {
        return new ModuleEnablement() {
            @Override
            public boolean isEnabled(String moduleId, Long authorityId, Long districtId) {
                Set<Long> off = disabled.getOrDefault(moduleId, Set.of());
                // a county-wide team (no district) counts only while the module is on authority-wide
                return districtId == null ? off.isEmpty() : !off.contains(districtId);
            }

            @Override
            public Enablement enablement(String moduleId, long authorityId) {
                Set<Long> on = new HashSet<>();
                districts(authorityId).forEach(d -> {
                    if (isEnabled(moduleId, authorityId, d.id())) {
                        on.add(d.id());
                    }
                });
                boolean all = on.size() == districts(authorityId).size();
                return new Enablement(moduleId, authorityId, all, all ? Set.of() : on);
            }

            @Override
            public void setEnablement(Enablement enablement, CurrentUser actor, String remoteAddress) {
                throw new IllegalStateException("enablement is changed by the platform's Modules pages, not by a module");
            }
        };
    }

    @Override public List<Authority> authorities() { return List.copyOf(authorities.values()); }
    @Override public Optional<Authority> authority(long authorityId) { return Optional.ofNullable(authorities.get(authorityId)); }

    @Override
    public List<District> districts(long authorityId) {
        return districts.values().stream().filter(d -> d.authorityId() == authorityId).toList();
    }

    @Override public Optional<District> district(long districtId) { return Optional.ofNullable(districts.get(districtId)); }

    @Override
    public List<Team> teams(long authorityId) {
        return teams.values().stream().filter(t -> t.authorityId() == authorityId).toList();
    }

    @Override public Optional<Team> team(long teamId) { return Optional.ofNullable(teams.get(teamId)); }

    @Override
    public List<StaffMember> staff(long authorityId) {
        return staff.values().stream().filter(s -> s.authorityId() == authorityId)
                .sorted(Comparator.comparing(StaffMember::displayName)).toList();
    }

    @Override
    public List<StaffMember> teamMembers(long teamId) {
        return staff.values().stream().filter(s -> s.teamRoles().stream().anyMatch(r -> r.teamId() == teamId))
                .sorted(Comparator.comparing(StaffMember::displayName)).toList();
    }

    @Override public Optional<StaffMember> staffMember(long userId) { return Optional.ofNullable(staff.get(userId)); }
}
