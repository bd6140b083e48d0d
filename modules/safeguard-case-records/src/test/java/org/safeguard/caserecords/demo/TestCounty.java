package org.safeguard.caserecords.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.Role;

/**
 * The case-holding part of the demo county (identity's DemoCountyPlan) as an in-memory directory:
 * Cambridgeshire's five districts with their Family Safeguarding and Assessment teams, MASH and
 * reviewing officers, and Peterborough's three teams without a MASH of its own.
 */
final class TestCounty implements OrganisationDirectory {

    static final Authority CCC = new Authority(1, "CCC", "Cambridgeshire County Council");
    static final Authority PCC = new Authority(2, "PCC", "Peterborough City Council");

    private final List<District> districts = new ArrayList<>();
    private final List<Team> teams = new ArrayList<>();
    private final List<StaffMember> staff = new ArrayList<>();
    private long nextId = 100;

    TestCounty() {
        long city = district(CCC, "Cambridge City");
        long south = district(CCC, "South Cambridgeshire");
        long east = district(CCC, "East Cambridgeshire");
        long fenland = district(CCC, "Fenland");
        long hunts = district(CCC, "Huntingdonshire");
        long pboro = district(PCC, "Peterborough");
        team(CCC, null, "Integrated Front Door MASH", TeamType.MASH, "rachel.dunmore:TM", "imran.qureshi:SSW",
                "sophie.kettle:SW", "daniel.ashby:SW");
        team(CCC, null, "Quality assurance", TeamType.QUALITY_ASSURANCE, "martin.fairweather:TM", "iro.chair:IRO",
                "nadia.blackwood:IRO");
        team(CCC, city, "Cambridge City Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING, "rebecca.stanway:TM",
                "anil.mistry:SSW", "lucy.fenwick:SW", "jamal.ellison:SW", "ruth.kingsley:CP", "eleanor.vance:CLIN");
        team(CCC, city, "Cambridge City Assessment team", TeamType.ASSESSMENT, "paul.gosling:TM", "hannah.greaves:SW",
                "victor.adeyemi:SW");
        team(CCC, south, "South Cambridgeshire Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING,
                "caroline.hepworth:TM", "mark.tilbury:SSW", "zara.whitcombe:SW", "ben.carrow:SW");
        team(CCC, south, "South Cambridgeshire Assessment team", TeamType.ASSESSMENT, "janet.cullum:TM", "owen.pritchard:SW");
        team(CCC, east, "East Cambridgeshire Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING,
                "louise.fordham:TM", "adam.sallis:SW", "priya.raman:SW");
        team(CCC, east, "East Cambridgeshire Assessment team", TeamType.ASSESSMENT, "graham.soham:TM", "megan.littleport:SW");
        team(CCC, fenland, "Fenland Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING, "fenland.manager:TM",
                "fenland.ssw:SSW", "abigail.thorney:SSW", "fenland.sw:SW", "connor.doddington:SW", "leah.benwick:SW",
                "tariq.hussain:SW", "fenland.cp:CP", "fenland.substance:AP", "fenland.clinician:CLIN");
        team(CCC, fenland, "Fenland Family Safeguarding team 2", TeamType.FAMILY_SAFEGUARDING, "stuart.leverington:TM",
                "kirsty.outwell:SSW", "ryan.tydd:SW", "chloe.gorefield:SW");
        team(CCC, fenland, "Fenland Assessment team", TeamType.ASSESSMENT, "diane.whittlesey:TM", "marcus.friday:SW",
                "ella.parsons-drove:SW");
        team(CCC, hunts, "Huntingdonshire Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING, "hunts.manager:TM",
                "andrew.godmanchester:SSW", "nicola.stives:SSW", "hunts.sw:SW", "aisha.bello:SW", "callum.somersham:SW",
                "grace.yaxley:SW", "lydia.brampton:CP");
        team(CCC, hunts, "Huntingdonshire Assessment team", TeamType.ASSESSMENT, "robert.eaton:TM", "fatima.sheikh:SW",
                "george.buckden:SW");
        team(PCC, pboro, "Peterborough children's team", TeamType.CHILDRENS, "pboro.manager:TM", "shabana.akhtar:SSW",
                "pboro.sw:SW", "kieran.paston:SW", "laura.hampton:CP");
        team(PCC, pboro, "Peterborough Assessment team", TeamType.ASSESSMENT, "colin.stanground:TM",
                "natasha.gunthorpe:SW", "adrian.fletton:SW");
        team(PCC, pboro, "Peterborough Family Safeguarding team", TeamType.FAMILY_SAFEGUARDING, "yvonne.eye:TM",
                "mohammed.rahman:SSW", "sian.thorpe:SW", "harry.newark:SW", "dr.rosa.castor:CLIN");
    }

    private long district(Authority authority, String name) {
        District d = new District(nextId++, authority.id(), name);
        districts.add(d);
        return d.id();
    }

    private void team(Authority authority, Long districtId, String name, TeamType type, String... members) {
        Team team = new Team(nextId++, authority.id(), districtId, name, type);
        teams.add(team);
        for (String member : members) {
            String[] parts = member.split(":");
            Role role = switch (parts[1]) {
                case "TM" -> Role.TEAM_MANAGER;
                case "SSW" -> Role.SENIOR_SOCIAL_WORKER;
                case "SW" -> Role.SOCIAL_WORKER;
                case "CP" -> Role.CHILDRENS_PRACTITIONER;
                case "IRO" -> Role.REVIEWING_OFFICER;
                case "CLIN" -> Role.CLINICIAN;
                default -> Role.ADULT_PRACTITIONER_SUBSTANCE_MISUSE;
            };
            BigDecimal fte = role == Role.CLINICIAN ? new BigDecimal("0.50") : new BigDecimal("1.00");
            staff.add(new StaffMember(nextId++, authority.id(), parts[0], displayName(parts[0]), fte, true,
                    List.of(new StaffMember.TeamRole(team.id(), role))));
        }
    }

    private static String displayName(String username) {
        StringBuilder s = new StringBuilder();
        for (String part : username.split("[.]")) {
            s.append(s.length() == 0 ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return s.toString();
    }

    StaffMember user(String username) {
        return staff.stream().filter(s -> s.username().equals(username)).findFirst().orElseThrow();
    }

    @Override public List<Authority> authorities() { return List.of(CCC, PCC); }
    @Override public Optional<Authority> authority(long id) { return authorities().stream().filter(a -> a.id() == id).findFirst(); }
    @Override public List<District> districts(long authorityId) { return districts.stream().filter(d -> d.authorityId() == authorityId).toList(); }
    @Override public Optional<District> district(long id) { return districts.stream().filter(d -> d.id() == id).findFirst(); }
    @Override public List<Team> teams(long authorityId) { return teams.stream().filter(t -> t.authorityId() == authorityId).toList(); }
    @Override public Optional<Team> team(long id) { return teams.stream().filter(t -> t.id() == id).findFirst(); }
    @Override public List<StaffMember> staff(long authorityId) { return staff.stream().filter(s -> s.authorityId() == authorityId).toList(); }

    @Override
    public List<StaffMember> teamMembers(long teamId) {
        return staff.stream().filter(s -> s.teamRoles().stream().anyMatch(r -> r.teamId() == teamId)).toList();
    }

    @Override
    public Optional<StaffMember> staffMember(long userId) {
        return staff.stream().filter(s -> s.id() == userId).findFirst();
    }
}
