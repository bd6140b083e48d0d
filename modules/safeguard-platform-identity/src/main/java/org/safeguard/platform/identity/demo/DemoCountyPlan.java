package org.safeguard.platform.identity.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.Role;

/**
 * The demo county: Cambridgeshire and Peterborough as the council papers describe them, staffed
 * by fictional people. Every demo account shares {@link #PASSWORD}, which is documented and
 * only ever used here.
 */
public final class DemoCountyPlan {

    public static final String PASSWORD = "demo-county-2026";

    public record AuthorityPlan(String code, String name, List<String> districts, List<TeamPlan> teams) {}

    /** @param district null for a team that works across the whole authority */
    public record TeamPlan(String name, TeamType type, String district, List<MemberPlan> members) {}

    public record MemberPlan(String username, String displayName, Role role, BigDecimal fte) {}

    private static final BigDecimal FULL_TIME = new BigDecimal("1.00");
    private static final BigDecimal HALF_TIME = new BigDecimal("0.50");

    private DemoCountyPlan() {
    }

    public static List<AuthorityPlan> authorities() {
        return List.of(cambridgeshire(), peterborough());
    }

    private static AuthorityPlan cambridgeshire() {
        List<TeamPlan> teams = new ArrayList<>();
        teams.add(team("Systems and business support", TeamType.ADMINISTRATION, null,
                m("sysadmin", "Sam Whitlock", Role.SYSTEM_ADMINISTRATOR),
                m("cambs.admin", "Alison Marsh", Role.AUTHORITY_ADMINISTRATOR),
                m("gemma.pryce", "Gemma Pryce", Role.BUSINESS_SUPPORT)));
        teams.add(team("Integrated Front Door MASH", TeamType.MASH, null,
                m("rachel.dunmore", "Rachel Dunmore", Role.TEAM_MANAGER),
                m("imran.qureshi", "Imran Qureshi", Role.SENIOR_SOCIAL_WORKER),
                m("sophie.kettle", "Sophie Kettle", Role.SOCIAL_WORKER),
                m("daniel.ashby", "Daniel Ashby", Role.SOCIAL_WORKER)));
        teams.add(team("Quality assurance", TeamType.QUALITY_ASSURANCE, null,
                m("martin.fairweather", "Martin Fairweather", Role.TEAM_MANAGER),
                m("iro.chair", "Harriet Oakes", Role.REVIEWING_OFFICER),
                m("nadia.blackwood", "Nadia Blackwood", Role.REVIEWING_OFFICER)));
        teams.add(team("Corporate parenting – children in care", TeamType.CHILDREN_IN_CARE, null,
                m("fiona.larch", "Fiona Larch", Role.TEAM_MANAGER),
                m("tom.harrowby", "Tom Harrowby", Role.SENIOR_SOCIAL_WORKER),
                m("keisha.munroe", "Keisha Munroe", Role.SOCIAL_WORKER),
                m("oliver.penhale", "Oliver Penhale", Role.SOCIAL_WORKER),
                m("bethany.crole", "Bethany Crole", Role.SOCIAL_WORKER),
                m("marcus.elwood", "Marcus Elwood", Role.SOCIAL_WORKER),
                m("priya.nandha", "Priya Nandha", Role.SOCIAL_WORKER),
                m("gavin.stourton", "Gavin Stourton", Role.SOCIAL_WORKER),
                m("leah.okonjo", "Leah Okonjo", Role.SENIOR_SOCIAL_WORKER),
                m("rosie.tallis", "Rosie Tallis", Role.SOCIAL_WORKER),
                m("ewan.birtles", "Ewan Birtles", Role.SOCIAL_WORKER)));
        teams.add(team("Leaving care", TeamType.LEAVING_CARE, null,
                m("david.tennant-roe", "David Tennant-Roe", Role.TEAM_MANAGER),
                m("amira.haddad", "Amira Haddad", Role.SOCIAL_WORKER),
                m("luke.brampton", "Luke Brampton", Role.CHILDRENS_PRACTITIONER),
                m("naomi.greatorex", "Naomi Greatorex", Role.CHILDRENS_PRACTITIONER)));
        teams.add(team("Unaccompanied asylum-seeking children", TeamType.UASC, null,
                m("joanna.wrenfield", "Joanna Wrenfield", Role.TEAM_MANAGER),
                m("samuel.okafor", "Samuel Okafor", Role.SOCIAL_WORKER)));
        teams.add(team("Fostering", TeamType.FOSTERING, null,
                m("helen.birchall", "Helen Birchall", Role.TEAM_MANAGER),
                m("gareth.lloyd-evans", "Gareth Lloyd-Evans", Role.SOCIAL_WORKER),
                m("claire.moffat", "Claire Moffat", Role.SOCIAL_WORKER)));

        teams.add(team("Cambridge City Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING, "Cambridge City",
                m("rebecca.stanway", "Rebecca Stanway", Role.TEAM_MANAGER),
                m("anil.mistry", "Anil Mistry", Role.SENIOR_SOCIAL_WORKER),
                m("lucy.fenwick", "Lucy Fenwick", Role.SOCIAL_WORKER),
                m("jamal.ellison", "Jamal Ellison", Role.SOCIAL_WORKER),
                m("ruth.kingsley", "Ruth Kingsley", Role.CHILDRENS_PRACTITIONER),
                m("eleanor.vance", "Eleanor Vance", Role.CLINICIAN, HALF_TIME)));
        teams.add(team("Cambridge City Assessment team", TeamType.ASSESSMENT, "Cambridge City",
                m("paul.gosling", "Paul Gosling", Role.TEAM_MANAGER),
                m("hannah.greaves", "Hannah Greaves", Role.SOCIAL_WORKER),
                m("victor.adeyemi", "Victor Adeyemi", Role.SOCIAL_WORKER)));
        teams.add(team("South Cambridgeshire Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING, "South Cambridgeshire",
                m("caroline.hepworth", "Caroline Hepworth", Role.TEAM_MANAGER),
                m("mark.tilbury", "Mark Tilbury", Role.SENIOR_SOCIAL_WORKER),
                m("zara.whitcombe", "Zara Whitcombe", Role.SOCIAL_WORKER),
                m("ben.carrow", "Ben Carrow", Role.SOCIAL_WORKER)));
        teams.add(team("South Cambridgeshire Assessment team", TeamType.ASSESSMENT, "South Cambridgeshire",
                m("janet.cullum", "Janet Cullum", Role.TEAM_MANAGER),
                m("owen.pritchard", "Owen Pritchard", Role.SOCIAL_WORKER)));
        teams.add(team("East Cambridgeshire Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING, "East Cambridgeshire",
                m("louise.fordham", "Louise Fordham", Role.TEAM_MANAGER),
                m("adam.sallis", "Adam Sallis", Role.SOCIAL_WORKER),
                m("priya.raman", "Priya Raman", Role.SOCIAL_WORKER)));
        teams.add(team("East Cambridgeshire Assessment team", TeamType.ASSESSMENT, "East Cambridgeshire",
                m("graham.soham", "Graham Soham", Role.TEAM_MANAGER),
                m("megan.littleport", "Megan Littleport", Role.SOCIAL_WORKER)));

        teams.add(team("Fenland Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING, "Fenland",
                m("fenland.manager", "Karen Holbeach", Role.TEAM_MANAGER),
                m("fenland.ssw", "Simon Marwood", Role.SENIOR_SOCIAL_WORKER),
                m("abigail.thorney", "Abigail Thorney", Role.SENIOR_SOCIAL_WORKER),
                m("fenland.sw", "Jess Parson", Role.SOCIAL_WORKER),
                m("connor.doddington", "Connor Doddington", Role.SOCIAL_WORKER),
                m("leah.benwick", "Leah Benwick", Role.SOCIAL_WORKER),
                m("tariq.hussain", "Tariq Hussain", Role.SOCIAL_WORKER),
                m("fenland.cp", "Molly Guyhirn", Role.CHILDRENS_PRACTITIONER),
                m("fenland.substance", "Neil Coates", Role.ADULT_PRACTITIONER_SUBSTANCE_MISUSE),
                m("fenland.mentalhealth", "Dr Shona McAllister", Role.ADULT_PRACTITIONER_MENTAL_HEALTH),
                m("fenland.domesticabuse", "Bridget Elm", Role.ADULT_PRACTITIONER_DOMESTIC_ABUSE),
                m("fenland.clinician", "Dr Ian Wisbech-Clarke", Role.CLINICIAN, HALF_TIME),
                m("fenland.support", "Tracy Manea", Role.BUSINESS_SUPPORT)));
        teams.add(team("Fenland Family Safeguarding team 2", TeamType.FAMILY_SAFEGUARDING, "Fenland",
                m("stuart.leverington", "Stuart Leverington", Role.TEAM_MANAGER),
                m("kirsty.outwell", "Kirsty Outwell", Role.SENIOR_SOCIAL_WORKER),
                m("ryan.tydd", "Ryan Tydd", Role.SOCIAL_WORKER),
                m("chloe.gorefield", "Chloe Gorefield", Role.SOCIAL_WORKER)));
        teams.add(team("Fenland Assessment team", TeamType.ASSESSMENT, "Fenland",
                m("diane.whittlesey", "Diane Whittlesey", Role.TEAM_MANAGER),
                m("marcus.friday", "Marcus Friday", Role.SOCIAL_WORKER),
                m("ella.parsons-drove", "Ella Parsons-Drove", Role.SOCIAL_WORKER)));

        teams.add(team("Huntingdonshire Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING, "Huntingdonshire",
                m("hunts.manager", "Philippa Ramsey", Role.TEAM_MANAGER),
                m("andrew.godmanchester", "Andrew Godmanchester", Role.SENIOR_SOCIAL_WORKER),
                m("nicola.stives", "Nicola St Ives", Role.SENIOR_SOCIAL_WORKER),
                m("hunts.sw", "Josh Kimbolton", Role.SOCIAL_WORKER),
                m("aisha.bello", "Aisha Bello", Role.SOCIAL_WORKER),
                m("callum.somersham", "Callum Somersham", Role.SOCIAL_WORKER),
                m("grace.yaxley", "Grace Yaxley", Role.SOCIAL_WORKER),
                m("lydia.brampton", "Lydia Brampton", Role.CHILDRENS_PRACTITIONER),
                m("peter.hartford", "Peter Hartford", Role.ADULT_PRACTITIONER_SUBSTANCE_MISUSE),
                m("dr.sarah.alconbury", "Dr Sarah Alconbury", Role.CLINICIAN, HALF_TIME),
                m("wendy.sawtry", "Wendy Sawtry", Role.BUSINESS_SUPPORT)));
        teams.add(team("Huntingdonshire Assessment team", TeamType.ASSESSMENT, "Huntingdonshire",
                m("robert.eaton", "Robert Eaton", Role.TEAM_MANAGER),
                m("fatima.sheikh", "Fatima Sheikh", Role.SOCIAL_WORKER),
                m("george.buckden", "George Buckden", Role.SOCIAL_WORKER)));

        return new AuthorityPlan("CCC", "Cambridgeshire County Council",
                List.of("Cambridge City", "South Cambridgeshire", "East Cambridgeshire", "Fenland", "Huntingdonshire"),
                teams);
    }

    private static AuthorityPlan peterborough() {
        List<TeamPlan> teams = List.of(
                team("Systems and business support", TeamType.ADMINISTRATION, null,
                        m("pboro.admin", "Marion Orton", Role.AUTHORITY_ADMINISTRATOR),
                        m("kelly.dogsthorpe", "Kelly Dogsthorpe", Role.BUSINESS_SUPPORT)),
                team("Peterborough children's team", TeamType.CHILDRENS, "Peterborough",
                        m("pboro.manager", "Jonathan Werrington", Role.TEAM_MANAGER),
                        m("shabana.akhtar", "Shabana Akhtar", Role.SENIOR_SOCIAL_WORKER),
                        m("pboro.sw", "Emily Bretton", Role.SOCIAL_WORKER),
                        m("kieran.paston", "Kieran Paston", Role.SOCIAL_WORKER),
                        m("laura.hampton", "Laura Hampton", Role.CHILDRENS_PRACTITIONER)),
                team("Peterborough Assessment team", TeamType.ASSESSMENT, "Peterborough",
                        m("colin.stanground", "Colin Stanground", Role.TEAM_MANAGER),
                        m("natasha.gunthorpe", "Natasha Gunthorpe", Role.SOCIAL_WORKER),
                        m("adrian.fletton", "Adrian Fletton", Role.SOCIAL_WORKER)),
                team("Peterborough Family Safeguarding team", TeamType.FAMILY_SAFEGUARDING, "Peterborough",
                        m("yvonne.eye", "Yvonne Eye", Role.TEAM_MANAGER),
                        m("mohammed.rahman", "Mohammed Rahman", Role.SENIOR_SOCIAL_WORKER),
                        m("sian.thorpe", "Sian Thorpe", Role.SOCIAL_WORKER),
                        m("harry.newark", "Harry Newark", Role.SOCIAL_WORKER),
                        m("dr.rosa.castor", "Dr Rosa Castor", Role.CLINICIAN, HALF_TIME),
                        m("beverley.ailsworth", "Beverley Ailsworth", Role.ADULT_PRACTITIONER_DOMESTIC_ABUSE)));
        return new AuthorityPlan("PCC", "Peterborough City Council", List.of("Peterborough"), teams);
    }

    private static TeamPlan team(String name, TeamType type, String district, MemberPlan... members) {
        return new TeamPlan(name, type, district, List.of(members));
    }

    private static MemberPlan m(String username, String displayName, Role role) {
        return new MemberPlan(username, displayName, role, FULL_TIME);
    }

    private static MemberPlan m(String username, String displayName, Role role, BigDecimal fte) {
        return new MemberPlan(username, displayName, role, fte);
    }
}
