package org.safeguard.caserecords.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.caserecords.people.PeopleWorld.CCC;
import static org.safeguard.caserecords.people.PeopleWorld.COUNTY_TEAM;
import static org.safeguard.caserecords.people.PeopleWorld.FENLAND;
import static org.safeguard.caserecords.people.PeopleWorld.HUNTS;
import static org.safeguard.caserecords.people.PeopleWorld.HUNTS_TEAM;
import static org.safeguard.caserecords.people.PeopleWorld.PCC;
import static org.safeguard.caserecords.people.PeopleWorld.PCC_TEAM;
import static org.safeguard.caserecords.people.PeopleWorld.fenland;
import static org.safeguard.caserecords.people.PeopleWorld.user;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.FamilyMembership;
import org.safeguard.caserecords.model.Person;
import org.safeguard.caserecords.model.Relationship;
import org.safeguard.caserecords.people.PeopleWorld.Request;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.web.PageResult;

/** Adding a family, the family page and each change to a household, through the handlers and templates. */
class FamilyPagesTest {

    private static PeopleWorld world;
    private static FamilyPages pages;
    private static final Renderer RENDERER = new Renderer();

    @BeforeAll
    static void seed() {
        world = new PeopleWorld("family-pages");
        pages = new FamilyPages(world.db.factory(), world.access, world.directory, world.audit, world.tabs(), world.clock);
    }

    @AfterAll
    static void close() throws Exception {
        world.close();
    }

    private static int status(PageResult result) {
        return result instanceof PageResult.Page page ? page.status()
                : result instanceof PageResult.Error error ? error.status() : 302;
    }

    private static long count(String table) {
        return Transactions.read(world.db.factory(), em ->
                ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue());
    }

    private static Map<String, String> address(String name, long district) {
        return new HashMap<>(Map.of("name", name, "addressLine1", "3 Church Lane", "town", "Whittlesey",
                "postcode", "pe7  1aa", "districtId", String.valueOf(district)));
    }

    /** A household of its own for a test that changes one, so tests do not depend on each other's order. */
    private static long[] household(String name) {
        return Transactions.inTransaction(world.db.factory(), em -> {
            Family family = new Family(CCC, FENLAND, name, "5 Mill Road", null, "March", "PE15 9BB",
                    java.time.LocalDateTime.of(2026, 1, 1, 9, 0));
            em.persist(family);
            em.flush();
            Person mum = PeopleWorld.person(em, CCC, Person.Kind.ADULT, "Jo", name, LocalDate.of(1988, 2, 2), null,
                    java.time.LocalDateTime.of(2026, 1, 1, 9, 0));
            Person child = PeopleWorld.person(em, CCC, Person.Kind.CHILD, "Sam", name, LocalDate.of(2020, 2, 2), null,
                    java.time.LocalDateTime.of(2026, 1, 1, 9, 0));
            FamilyMembership mumLives = PeopleWorld.member(em, family, mum, LocalDate.of(2019, 6, 1), null);
            PeopleWorld.member(em, family, child, LocalDate.of(2020, 2, 2), null);
            return new long[] {family.id(), mum.id(), child.id(), mumLives.id()};
        });
    }

    // ----- add a family -----

    @Test
    void theNewFamilyFormOffersOnlyTheUsersOwnDistricts() {
        String own = RENDERER.render(pages.newFamily(Request.get("/cases/families/new", fenland())));
        assertTrue(own.contains(">Fenland</label>"));
        assertFalse(own.contains("Huntingdonshire"));
        assertTrue(own.contains("value=\"" + FENLAND + "\" checked"), "the only choice is chosen");
        String county = RENDERER.render(pages.newFamily(Request.get("/", user(CCC, COUNTY_TEAM, 9L, CaseRecordsModule.RECORD))));
        assertTrue(county.contains(">Fenland</label>") && county.contains(">Huntingdonshire</label>"));
        assertFalse(county.contains("East Cambridgeshire"), "case records is switched off there");
    }

    @Test
    void aFamilyIsAddedWithItsPostcodeTidiedAndAudited() {
        PageResult.Redirect redirect = assertInstanceOf(PageResult.Redirect.class,
                pages.create(Request.post("/cases/families", fenland()).form(address("Patel", FENLAND))));
        long id = Long.parseLong(redirect.location().replaceAll("\\D+(\\d+).*", "$1"));
        assertEquals("/cases/families/" + id + "?done=created", redirect.location());
        Family family = world.families().family(id).orElseThrow();
        assertEquals("PE7 1AA", family.postcode());
        assertEquals(CCC, family.authorityId());
        assertNull(family.addressLine2());
        AuditEvent event = world.audit.last();
        assertEquals("family.create", event.action());
        assertEquals(String.valueOf(id), event.subjectId());
        assertFalse(event.detail().contains("Patel"));
    }

    @Test
    void badInputOrADistrictTheUserMayNotUseSavesNothing() {
        long families = count("cr_family");
        Map<String, String> fields = address("", HUNTS);
        fields.put("postcode", "PE15");
        fields.remove("town");
        PageResult result = pages.create(Request.post("/cases/families", fenland()).form(fields));
        assertEquals(400, status(result));
        String html = RENDERER.render(result);
        assertTrue(html.contains("<a href=\"#name\">Enter the family name</a>"));
        assertTrue(html.contains("<a href=\"#town\">Enter town or city</a>"));
        assertTrue(html.contains("<a href=\"#postcode\">Enter a full UK postcode, like PE15 8AA</a>"));
        assertTrue(html.contains("<a href=\"#districtId\">Select one of the districts listed</a>"));
        assertTrue(html.contains("value=\"3 Church Lane\""));
        assertEquals(families, count("cr_family"));
    }

    // ----- the family page -----

    @Test
    void theFamilyPageShowsAddressMembersLeaversCasesAndTabs() {
        PageResult result = pages.view(Request.get("/", fenland()).param("familyId", world.smithFamily));
        assertEquals(200, status(result));
        String html = RENDERER.render(result);
        assertTrue(html.contains("<h1 class=\"govuk-heading-l govuk-!-margin-bottom-2\">Smith family</h1>"));
        assertTrue(html.contains("aria-current=\"page\" href=\"/cases/families/" + world.smithFamily + "\"><strong>Family</strong>"),
                "the family page is the current tab");
        assertTrue(html.contains("1 Station Road") && html.contains("PE15 8AA") && html.contains("Fenland"));
        assertTrue(html.contains("Parent of Amy Smith"));
        assertTrue(html.contains("Child of Dean Smith"));
        assertTrue(html.contains("Who has left") && html.contains("1 April 2025"), "Kyle left");
        assertTrue(html.contains("href=\"/cases/" + world.amyCase + "\""));
        assertTrue(html.contains("href=\"/family-safeguarding/families/" + world.smithFamily + "\">Family Safeguarding</a>"));
        assertTrue(html.contains("href=\"/cases/people/new?familyId=" + world.smithFamily + "\""));
        assertTrue(html.contains("/relationships/new"));
        assertEquals("family.view", world.audit.last().action());
        assertEquals(String.valueOf(world.smithFamily), world.audit.last().subjectId());
    }

    @Test
    void aReaderSeesTheFamilyWithoutTheChangeLinks() {
        String html = RENDERER.render(pages.view(Request.get("/", user(CCC, PeopleWorld.FENLAND_TEAM, 7L))
                .param("familyId", world.smithFamily)));
        assertFalse(html.contains("/address\">Change"));
        assertFalse(html.contains("Record that they left"));
        assertFalse(html.contains("Add a new person"));
    }

    @Test
    void anotherDistrictOrAuthorityGetsNotFoundOnEveryFamilyRoute() {
        var hunts = user(CCC, HUNTS_TEAM, 8L, CaseRecordsModule.RECORD);
        var pcc = user(PCC, PCC_TEAM, 11L, CaseRecordsModule.RECORD);
        for (var outsider : new org.safeguard.platform.api.security.CurrentUser[] {hunts, pcc}) {
            assertEquals(404, status(pages.view(Request.get("/", outsider).param("familyId", world.smithFamily))));
            assertEquals(404, status(pages.newMember(Request.get("/", outsider).param("familyId", world.smithFamily))));
            assertEquals(404, status(pages.addMember(Request.post("/", outsider).param("familyId", world.smithFamily)
                    .form("personId", world.kyle))));
            assertEquals(404, status(pages.addRelationship(Request.post("/", outsider).param("familyId", world.smithFamily))));
            assertEquals(404, status(pages.editAddress(Request.get("/", outsider).param("familyId", world.smithFamily))));
            assertEquals(404, status(pages.changeAddress(Request.post("/", outsider).param("familyId", world.smithFamily))));
            assertEquals(404, status(pages.leave(Request.post("/", outsider).param("familyId", world.smithFamily)
                    .param("membershipId", 1))));
        }
        assertEquals(404, status(pages.view(Request.get("/", fenland()).param("familyId", "1x"))));
        assertEquals(404, status(pages.view(Request.get("/", fenland()).param("familyId", "0"))));
    }

    // ----- a member leaves -----

    @Test
    void leavingBeforeMovingInIsRefusedAndNothingChanges() {
        long[] h = household("Leaver");
        PageResult result = pages.leave(Request.post("/", fenland()).param("familyId", h[0]).param("membershipId", h[3])
                .form("leftOnDay", "31").form("leftOnMonth", "5").form("leftOnYear", "2019"));
        assertEquals(400, status(result));
        String html = RENDERER.render(result);
        assertTrue(html.contains("Date they left must be on or after the date they moved in, 1 June 2019"));
        assertTrue(world.families().membership(h[3]).orElseThrow().current());
    }

    @Test
    void aMemberLeavesOnADateAndMovesToTheLeaversList() {
        long[] h = household("Mover");
        String form = RENDERER.render(pages.leaveForm(Request.get("/", fenland()).param("familyId", h[0]).param("membershipId", h[3])));
        assertTrue(form.contains("Record that Jo Mover has left the household"));
        PageResult result = pages.leave(Request.post("/", fenland()).param("familyId", h[0]).param("membershipId", h[3])
                .form("leftOnDay", "20").form("leftOnMonth", "11").form("leftOnYear", "2026"));
        assertEquals("/cases/families/" + h[0] + "?done=left", assertInstanceOf(PageResult.Redirect.class, result).location());
        assertEquals(LocalDate.of(2026, 11, 20), world.families().membership(h[3]).orElseThrow().leftOn());
        assertEquals("family.member.leave", world.audit.last().action());
        // gone already: leaving twice, or through another family's path, is not found
        assertEquals(404, status(pages.leaveForm(Request.get("/", fenland()).param("familyId", h[0]).param("membershipId", h[3]))));
        long[] other = household("Other");
        assertEquals(404, status(pages.leaveForm(Request.get("/", fenland()).param("familyId", h[0]).param("membershipId", other[3]))));
        String page = RENDERER.render(pages.view(Request.get("/", fenland()).param("familyId", h[0]).query("done", "left")));
        assertTrue(page.contains("Member recorded as having left the household"));
        assertTrue(page.contains("20 November 2026"));
    }

    // ----- a member moves in -----

    @Test
    void someoneAlreadyKnownMovesIn() {
        long[] h = household("Host");
        PageResult bad = pages.addMember(Request.post("/", fenland()).param("familyId", h[0]).form("personId", h[1]));
        assertEquals(400, status(bad));
        assertTrue(RENDERER.render(bad).contains("They already live in this household"));
        PageResult unseen = pages.addMember(Request.post("/", fenland()).param("familyId", h[0]).form("personId", world.pccAmy));
        assertTrue(RENDERER.render(unseen).contains("Enter the number of a person record you can see"));
        PageResult future = pages.addMember(Request.post("/", fenland()).param("familyId", h[0]).form("personId", world.dean)
                .form("joinedOnDay", "1").form("joinedOnMonth", "1").form("joinedOnYear", "2030"));
        assertTrue(RENDERER.render(future).contains("Date they moved in must be today or in the past"));
        assertFalse(world.families().isCurrentMember(h[0], world.dean));

        PageResult ok = pages.addMember(Request.post("/", fenland()).param("familyId", h[0]).form("personId", world.dean));
        assertEquals("/cases/families/" + h[0] + "?done=member", assertInstanceOf(PageResult.Redirect.class, ok).location());
        assertTrue(world.families().isCurrentMember(h[0], world.dean));
        assertEquals("family.member.add", world.audit.last().action());
    }

    // ----- a relationship -----

    @Test
    void aRelationshipIsRecordedOnceBetweenTwoDifferentMembers() {
        long[] h = household("Related");
        String form = RENDERER.render(pages.newRelationship(Request.get("/", fenland()).param("familyId", h[0])));
        assertTrue(form.contains("<option value=\"" + h[1] + "\">Jo Related</option>"));
        assertTrue(form.contains("id=\"kind-2\" name=\"kind\" type=\"radio\" value=\"STEP_PARENT\""));

        PageResult same = pages.addRelationship(Request.post("/", fenland()).param("familyId", h[0])
                .form("personId", h[1]).form("kind", "PARENT").form("relatedPersonId", h[1]));
        assertEquals(400, status(same));
        assertTrue(RENDERER.render(same).contains("Select two different people"));
        PageResult outsider = pages.addRelationship(Request.post("/", fenland()).param("familyId", h[0])
                .form("personId", world.amy).form("kind", "PARENT").form("relatedPersonId", h[2]));
        assertTrue(RENDERER.render(outsider).contains("Select the first person"), "Amy does not live here");

        assertInstanceOf(PageResult.Redirect.class, pages.addRelationship(Request.post("/", fenland()).param("familyId", h[0])
                .form("personId", h[1]).form("kind", "PARENT").form("relatedPersonId", h[2])));
        assertTrue(world.families().relationshipExists(h[1], h[2], Relationship.Kind.PARENT));
        assertEquals("family.relationship.add", world.audit.last().action());
        long relationships = count("cr_relationship");
        PageResult again = pages.addRelationship(Request.post("/", fenland()).param("familyId", h[0])
                .form("personId", h[1]).form("kind", "PARENT").form("relatedPersonId", h[2]));
        assertTrue(RENDERER.render(again).contains("This relationship is already recorded"));
        assertEquals(relationships, count("cr_relationship"));
    }

    // ----- a new address -----

    @Test
    void theAddressChangesAndTheDistrictStaysUnlessTheUserMayUseTheNewOne() {
        long[] h = household("Moving");
        String form = RENDERER.render(pages.editAddress(Request.get("/", fenland()).param("familyId", h[0])));
        assertTrue(form.contains("value=\"5 Mill Road\""));
        assertTrue(form.contains("value=\"" + FENLAND + "\" checked"));

        Map<String, String> toHunts = address("ignored", HUNTS);
        PageResult refused = pages.changeAddress(Request.post("/", fenland()).param("familyId", h[0]).form(toHunts));
        assertEquals(400, status(refused));
        assertEquals("5 Mill Road", world.families().family(h[0]).orElseThrow().addressLine1(), "nothing saved");

        PageResult moved = pages.changeAddress(Request.post("/", fenland()).param("familyId", h[0])
                .form(address("ignored", FENLAND)));
        assertInstanceOf(PageResult.Redirect.class, moved);
        Family family = world.families().family(h[0]).orElseThrow();
        assertEquals("3 Church Lane", family.addressLine1());
        assertEquals("PE7 1AA", family.postcode());
        assertEquals("Moving", family.name(), "the name is not part of the address");
        assertEquals(FENLAND, family.districtId());
        assertEquals("family.address.change", world.audit.last().action());

        // a county-wide user may move the family to another district where case records is in use; the
        // family's open case moves with it, a closed one stays where it was held
        long[] cases = Transactions.inTransaction(world.db.factory(), em -> {
            org.safeguard.caserecords.model.CaseRecord open = new org.safeguard.caserecords.model.CaseRecord(
                    CCC, FENLAND, h[0], h[2], LocalDate.of(2026, 3, 1));
            org.safeguard.caserecords.model.CaseRecord closed = new org.safeguard.caserecords.model.CaseRecord(
                    CCC, FENLAND, h[0], h[2], LocalDate.of(2024, 3, 1));
            closed.close(LocalDate.of(2024, 9, 1), org.safeguard.caserecords.model.ClosureReason.NEEDS_MET);
            em.persist(open);
            em.persist(closed);
            em.flush();
            return new long[] {open.id(), closed.id()};
        });
        var county = user(CCC, COUNTY_TEAM, 9L, CaseRecordsModule.RECORD);
        assertInstanceOf(PageResult.Redirect.class, pages.changeAddress(Request.post("/", county).param("familyId", h[0])
                .form(address("ignored", HUNTS))));
        assertEquals(HUNTS, world.families().family(h[0]).orElseThrow().districtId());
        assertEquals("district=" + FENLAND + "->" + HUNTS, world.audit.last().detail());
        Transactions.run(world.db.factory(), em -> {
            assertEquals(HUNTS, em.find(org.safeguard.caserecords.model.CaseRecord.class, cases[0]).districtId());
            assertEquals(FENLAND, em.find(org.safeguard.caserecords.model.CaseRecord.class, cases[1]).districtId());
        });
    }
}
