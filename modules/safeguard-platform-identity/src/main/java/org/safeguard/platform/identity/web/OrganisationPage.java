package org.safeguard.platform.identity.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.platform.identity.PlatformModule;
import org.safeguard.platform.identity.security.StaffDeactivation;

/** GET /admin/organisation: an authority's districts, teams and the people in them. */
final class OrganisationPage {

    private final OrganisationDirectory directory;
    private final AuditLog auditLog;

    OrganisationPage(OrganisationDirectory directory, AuditLog auditLog) {
        this.directory = directory;
        this.auditLog = auditLog;
    }

    PageResult show(WebRequest request) {
        CurrentUser user = request.user();
        TargetAuthority target = TargetAuthority.resolve(user, request.query("authority"), directory);
        if (target.refused()) {
            return target.refusal();
        }
        Authority authority = target.authority();
        List<District> districts = directory.districts(authority.id());
        List<Team> teams = directory.teams(authority.id());
        List<StaffMember> staff = directory.staff(authority.id());

        boolean manages = user.hasPermission(PlatformModule.ORGANISATION_MANAGE);
        Map<Long, List<Map<String, Object>>> membersByTeam = new HashMap<>();
        for (StaffMember member : staff) {
            boolean canDeactivate = manages && StaffDeactivation.mayChange(user, member);
            for (StaffMember.TeamRole teamRole : member.teamRoles()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", member.id());
                row.put("canDeactivate", canDeactivate);
                row.put("displayName", member.displayName());
                row.put("username", member.username());
                row.put("role", teamRole.role().label());
                row.put("fte", Fte.display(member.fte()));
                row.put("active", member.active());
                membersByTeam.computeIfAbsent(teamRole.teamId(), id -> new ArrayList<>()).add(row);
            }
        }
        Map<Long, String> districtNames = new HashMap<>();
        districts.forEach(d -> districtNames.put(d.id(), d.name()));

        List<Map<String, Object>> authorityWide = new ArrayList<>();
        Map<Long, List<Map<String, Object>>> teamsByDistrict = new HashMap<>();
        for (Team team : teams) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("id", team.id());
            model.put("name", team.name());
            model.put("type", team.type().label());
            model.put("district", team.districtId() == null ? "Authority-wide" : districtNames.get(team.districtId()));
            List<Map<String, Object>> members = membersByTeam.getOrDefault(team.id(), List.of());
            model.put("members", members);
            model.put("memberCount", members.size());
            if (team.districtId() == null) {
                authorityWide.add(model);
            } else {
                teamsByDistrict.computeIfAbsent(team.districtId(), id -> new ArrayList<>()).add(model);
            }
        }
        List<Map<String, Object>> districtModels = new ArrayList<>();
        for (District district : districts) {
            List<Map<String, Object>> districtTeams = teamsByDistrict.getOrDefault(district.id(), List.of());
            districtModels.add(Map.of("id", district.id(), "name", district.name(),
                    "teams", districtTeams, "teamCount", districtTeams.size()));
        }

        boolean ownAuthority = authority.id() == (user.authorityId() == null ? -1L : user.authorityId());
        Map<String, Object> model = new HashMap<>();
        model.put("authority", Map.of("id", authority.id(), "name", authority.name(), "code", authority.code()));
        model.put("districtCount", districts.size());
        model.put("teamCount", teams.size());
        model.put("staffCount", staff.size());
        model.put("districts", districtModels);
        model.put("authorityWideTeams", authorityWide);
        model.put("manages", manages);
        model.put("canAddUsers", ownAuthority && user.hasPermission(PlatformModule.ORGANISATION_MANAGE));
        model.put("canManagePermissions", user.hasPermission(PlatformModule.PERMISSIONS_MANAGE));
        if (user.hasRole(Role.SYSTEM_ADMINISTRATOR)) {
            List<Map<String, Object>> choices = new ArrayList<>();
            for (Authority a : directory.authorities()) {
                choices.add(Map.of("id", a.id(), "name", a.name(), "selected", a.id() == authority.id()));
            }
            model.put("authorityChoices", choices);
        }
        AuthorityAudit.record(auditLog, user, authority.id(), request.remoteAddress(), "organisation.view", "authority",
                Long.toString(authority.id()), "Viewed districts, teams and staff of " + authority.name());
        return PageResult.page("organisation/organisation", "Organisation – " + authority.name(), model);
    }
}
