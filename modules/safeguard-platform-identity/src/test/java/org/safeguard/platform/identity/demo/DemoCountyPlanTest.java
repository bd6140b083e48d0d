package org.safeguard.platform.identity.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.Role;

class DemoCountyPlanTest {

    /** Where each documented demo user sits. */
    private record Placement(String authority, String team, String district, Role role, BigDecimal fte) {}

    private static Map<String, Placement> placements() {
        Map<String, Placement> byUsername = new HashMap<>();
        for (DemoCountyPlan.AuthorityPlan authority : DemoCountyPlan.authorities()) {
            for (DemoCountyPlan.TeamPlan team : authority.teams()) {
                for (DemoCountyPlan.MemberPlan member : team.members()) {
                    Placement previous = byUsername.put(member.username(),
                            new Placement(authority.code(), team.name(), team.district(), member.role(), member.fte()));
                    assertEquals(null, previous, "username used twice: " + member.username());
                }
            }
        }
        return byUsername;
    }

    @Test
    void bothAuthoritiesWithTheirDistricts() {
        List<DemoCountyPlan.AuthorityPlan> authorities = DemoCountyPlan.authorities();
        assertEquals(List.of("CCC", "PCC"), authorities.stream().map(DemoCountyPlan.AuthorityPlan::code).toList());
        assertEquals(List.of("Cambridge City", "South Cambridgeshire", "East Cambridgeshire", "Fenland", "Huntingdonshire"),
                authorities.get(0).districts());
        assertEquals(List.of("Peterborough"), authorities.get(1).districts());
    }

    @Test
    void everyRoleIsHeldBySomeone() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        placements().values().forEach(p -> held.add(p.role()));
        assertEquals(EnumSet.allOf(Role.class), held);
    }

    @Test
    void theDocumentedUsersAreWhereTheBriefSays() {
        Map<String, Placement> users = placements();
        String fenland = "Fenland Family Safeguarding team 1";
        String hunts = "Huntingdonshire Family Safeguarding team 1";
        check(users, "sysadmin", "CCC", "Systems and business support", null, Role.SYSTEM_ADMINISTRATOR);
        check(users, "cambs.admin", "CCC", null, null, Role.AUTHORITY_ADMINISTRATOR);
        check(users, "pboro.admin", "PCC", null, null, Role.AUTHORITY_ADMINISTRATOR);
        check(users, "fenland.manager", "CCC", fenland, "Fenland", Role.TEAM_MANAGER);
        check(users, "fenland.sw", "CCC", fenland, "Fenland", Role.SOCIAL_WORKER);
        check(users, "fenland.ssw", "CCC", fenland, "Fenland", Role.SENIOR_SOCIAL_WORKER);
        check(users, "fenland.cp", "CCC", fenland, "Fenland", Role.CHILDRENS_PRACTITIONER);
        check(users, "fenland.substance", "CCC", fenland, "Fenland", Role.ADULT_PRACTITIONER_SUBSTANCE_MISUSE);
        check(users, "fenland.mentalhealth", "CCC", fenland, "Fenland", Role.ADULT_PRACTITIONER_MENTAL_HEALTH);
        check(users, "fenland.domesticabuse", "CCC", fenland, "Fenland", Role.ADULT_PRACTITIONER_DOMESTIC_ABUSE);
        check(users, "fenland.clinician", "CCC", fenland, "Fenland", Role.CLINICIAN);
        check(users, "fenland.support", "CCC", fenland, "Fenland", Role.BUSINESS_SUPPORT);
        check(users, "hunts.sw", "CCC", hunts, "Huntingdonshire", Role.SOCIAL_WORKER);
        check(users, "hunts.manager", "CCC", hunts, "Huntingdonshire", Role.TEAM_MANAGER);
        check(users, "iro.chair", "CCC", "Quality assurance", null, Role.REVIEWING_OFFICER);
        check(users, "pboro.sw", "PCC", "Peterborough children's team", "Peterborough", Role.SOCIAL_WORKER);
        check(users, "pboro.manager", "PCC", "Peterborough children's team", "Peterborough", Role.TEAM_MANAGER);
        assertEquals(new BigDecimal("0.50"), users.get("fenland.clinician").fte());
    }

    @Test
    void usernamesAreLowerCaseAndEveryClinicianWorksHalfTime() {
        placements().forEach((username, placement) -> {
            assertEquals(username.toLowerCase(Locale.ROOT), username);
            if (placement.role() == Role.CLINICIAN) {
                assertEquals(new BigDecimal("0.50"), placement.fte(), username);
            }
        });
    }

    @Test
    void cambridgeshireHasTheCountyWideServicesAndEachDistrictItsTeams() {
        DemoCountyPlan.AuthorityPlan cambs = DemoCountyPlan.authorities().get(0);
        Set<TeamType> countyWide = new HashSet<>();
        cambs.teams().stream().filter(t -> t.district() == null).forEach(t -> countyWide.add(t.type()));
        assertTrue(countyWide.containsAll(Set.of(TeamType.CHILDREN_IN_CARE, TeamType.LEAVING_CARE, TeamType.UASC,
                TeamType.FOSTERING, TeamType.MASH, TeamType.QUALITY_ASSURANCE)), countyWide.toString());
        for (String district : cambs.districts()) {
            assertTrue(cambs.teams().stream().anyMatch(t -> district.equals(t.district()) && t.type() == TeamType.FAMILY_SAFEGUARDING), district);
            assertTrue(cambs.teams().stream().anyMatch(t -> district.equals(t.district()) && t.type() == TeamType.ASSESSMENT), district);
        }
        DemoCountyPlan.AuthorityPlan pboro = DemoCountyPlan.authorities().get(1);
        assertEquals(Set.of(TeamType.ADMINISTRATION, TeamType.ASSESSMENT, TeamType.CHILDRENS, TeamType.FAMILY_SAFEGUARDING),
                Set.copyOf(pboro.teams().stream().map(DemoCountyPlan.TeamPlan::type).toList()));
    }

    private static void check(Map<String, Placement> users, String username, String authority, String team,
                              String district, Role role) {
        Placement placement = users.get(username);
        assertTrue(placement != null, "missing demo user " + username);
        assertEquals(authority, placement.authority(), username);
        if (team != null) {
            assertEquals(team, placement.team(), username);
        }
        assertEquals(district, placement.district(), username);
        assertEquals(role, placement.role(), username);
    }
}
