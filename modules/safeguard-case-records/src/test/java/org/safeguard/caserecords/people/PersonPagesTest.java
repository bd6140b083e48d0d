package org.safeguard.caserecords.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.caserecords.people.PeopleWorld.CCC;
import static org.safeguard.caserecords.people.PeopleWorld.FENLAND_TEAM;
import static org.safeguard.caserecords.people.PeopleWorld.HUNTS_TEAM;
import static org.safeguard.caserecords.people.PeopleWorld.PCC;
import static org.safeguard.caserecords.people.PeopleWorld.PCC_TEAM;
import static org.safeguard.caserecords.people.PeopleWorld.fenland;
import static org.safeguard.caserecords.people.PeopleWorld.user;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.model.Relationship;
import org.safeguard.caserecords.people.PeopleWorld.Request;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;

/** The home page, adding a person and the person page, through their handlers, rendered with the real templates. */
class PersonPagesTest {

    private static PeopleWorld world;
    private static CasesHomePage home;
    private static PersonPages pages;
    private static final Renderer RENDERER = new Renderer();

    @BeforeAll
    static void seed() {
        world = new PeopleWorld("person-pages");
        home = new CasesHomePage(world.db.factory(), world.access, world.audit);
        pages = new PersonPages(world.db.factory(), world.access, world.directory, world.audit, world.clock);
        Transactions.run(world.db.factory(), em -> em.createNativeQuery(
                        "INSERT INTO cr_contact (authority_id, district_id, child_id, family_id, received_on, source, summary,"
                                + " status, outcome, recorded_at) VALUES (?, ?, ?, ?, ?, 'POLICE', 'Attended a domestic incident',"
                                + " 'DECIDED', 'REFERRAL', ?)")
                .setParameter(1, CCC).setParameter(2, PeopleWorld.FENLAND).setParameter(3, world.amy)
                .setParameter(4, world.smithFamily).setParameter(5, java.sql.Date.valueOf("2026-08-30"))
                .setParameter(6, java.sql.Timestamp.valueOf("2026-08-30 10:00:00"))
                .executeUpdate());
        // Amy's half-sister lives in East Cambridgeshire, where case records is not in use.
        Transactions.run(world.db.factory(), em -> em.persist(new Relationship(CCC, world.amySmithson, world.amy,
                Relationship.Kind.SIBLING, null)));
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

    private static Map<String, String> newChild(String given, String family) {
        return new java.util.HashMap<>(Map.of("kind", "CHILD", "givenName", given, "familyName", family,
                "dateOfBirthDay", "4", "dateOfBirthMonth", "5", "dateOfBirthYear", "2022", "gender", "MALE",
                "familyId", String.valueOf(world.smithFamily)));
    }

    // ----- home -----

    @Test
    void theHomePageListsMyCasesAndTheWaysIn() {
        CurrentUser worker = user(CCC, FENLAND_TEAM, 500L, CaseRecordsModule.RECORD);
        PageResult result = home.home(Request.get("/cases", worker));
        String html = RENDERER.render(result);
        assertTrue(html.contains("href=\"/cases/" + world.amyCase + "\">Amy Smith</a>"), html);
        assertTrue(html.contains("Lead worker"));
        assertTrue(html.contains("href=\"/cases/contacts/new\""));
        assertTrue(html.contains("href=\"/cases/families/new\""));
        assertFalse(html.contains("href=\"/cases/front-door\""), "no front door permission");
        assertFalse(html.contains("href=\"/cases/mash\""), "no MASH link without the front door permission");
        assertTrue(html.contains("href=\"/cases/work-tray\""));
        assertEquals("mycases.view", world.audit.last().action());
    }

    @Test
    void aReaderIsNotOfferedWhatTheyMayNotDo() {
        String html = RENDERER.render(home.home(Request.get("/cases", user(CCC, FENLAND_TEAM, 7L))));
        assertFalse(html.contains("/cases/contacts/new"));
        assertFalse(html.contains("/cases/families/new"));
        assertTrue(html.contains("You do not hold any open cases."));
    }

    @Test
    void aSearchShowsMatchesAndAuditsOneEntryWithoutTheName() {
        int before = world.audit.events.size();
        PageResult result = home.home(Request.get("/cases", fenland()).query("name", "smith"));
        assertEquals(200, status(result));
        String html = RENDERER.render(result);
        assertTrue(html.contains("href=\"/cases/people/" + world.amy + "\">Amy Smith</a>"));
        assertTrue(html.contains("2 March 2019"));
        assertFalse(html.contains("Cara Jones"));
        assertEquals(before + 1, world.audit.events.size());
        AuditEvent event = world.audit.last();
        assertEquals("person.search", event.action());
        assertFalse(event.detail().toLowerCase().contains("smith"), event.detail());
        assertTrue(event.detail().contains("by=name"));
    }

    @Test
    void aSearchWithBadInputShowsTheErrorOnItsField() {
        PageResult result = home.home(Request.get("/cases", fenland()).query("dateOfBirthDay", "31")
                .query("dateOfBirthMonth", "2").query("dateOfBirthYear", "2019"));
        assertEquals(400, status(result));
        String html = RENDERER.render(result);
        assertTrue(html.contains("<a href=\"#dateOfBirthDay\">Date of birth must be a real date</a>"));
        assertTrue(html.contains("value=\"31\""));
    }

    @Test
    void aSearchThatFindsNobodySaysSo() {
        String html = RENDERER.render(home.home(Request.get("/cases", fenland()).query("name", "nobodyatall")));
        assertTrue(html.contains("No one matches your search"));
    }

    // ----- the person page -----

    @Test
    void thePersonPageShowsHouseholdsRelationshipsCasesAndContacts() {
        PageResult result = pages.view(Request.get("/cases/people/" + world.amy, fenland()).param("personId", world.amy));
        assertEquals(200, status(result));
        String html = RENDERER.render(result);
        assertTrue(html.contains("<h1 class=\"govuk-heading-l\">Amy Smith</h1>"));
        assertTrue(html.contains("943 476 5919"));
        assertTrue(html.contains("Smith family, PE15 8AA"));
        assertTrue(html.contains("Child of Dean Smith"));
        assertTrue(html.contains("1 other relationship is with someone in a district you cannot see"));
        assertFalse(html.contains("Smithson"));
        assertTrue(html.contains("href=\"/cases/" + world.amyCase + "\""));
        assertTrue(html.contains("Police") && html.contains("Referral to assessment") && html.contains("30 August 2026"));
        assertTrue(html.contains("href=\"/cases/contacts/new?personId=" + world.amy + "\""));
        AuditEvent event = world.audit.last();
        assertEquals("person.view", event.action());
        assertEquals("person", event.subjectType());
        assertEquals(String.valueOf(world.amy), event.subjectId());
    }

    @Test
    void theRelationshipReadsTheOtherWayOnTheParentsPage() {
        String html = RENDERER.render(pages.view(Request.get("/", fenland()).param("personId", world.dean)));
        assertTrue(html.contains("Parent of Amy Smith"));
        assertFalse(html.contains("Contacts"), "an adult is not the subject of contacts");
    }

    @Test
    void aPastHouseholdInAnotherDistrictIsShownWithoutItsAddress() {
        String html = RENDERER.render(pages.view(Request.get("/", user(CCC, HUNTS_TEAM, 8L)).param("personId", world.kyle)));
        assertTrue(html.contains("Jones family, PE29 3TN"));
        assertTrue(html.contains("A household in a district you cannot see"));
        assertFalse(html.contains("PE15 8AA"));
    }

    @Test
    void someoneOutsideTheUsersDistrictsOrAuthorityIsNotFound() {
        assertEquals(404, status(pages.view(Request.get("/", user(CCC, HUNTS_TEAM, 8L)).param("personId", world.amy))));
        assertEquals(404, status(pages.view(Request.get("/", user(PCC, PCC_TEAM, 11L)).param("personId", world.amy))));
        assertEquals(404, status(pages.view(Request.get("/", fenland()).param("personId", "12abc"))));
        assertEquals(404, status(pages.view(Request.get("/", fenland()).param("personId", "999999"))));
    }

    // ----- add a person -----

    @Test
    void theNewPersonFormForAFamilyOffersItsMembersForARelationship() {
        PageResult result = pages.newPerson(Request.get("/cases/people/new", fenland()).query("familyId", world.smithFamily));
        String html = RENDERER.render(result);
        assertTrue(html.contains("Smith family"));
        assertTrue(html.contains("<option value=\"" + world.dean + "\">Dean Smith</option>"));
        assertTrue(html.contains("name=\"_csrf\" value=\"token-123\""));
        assertEquals(404, status(pages.newPerson(Request.get("/", fenland()).query("familyId", world.smithsonFamily))));
        assertEquals(404, status(pages.newPerson(Request.get("/", fenland()).query("familyId", world.pccFamily))));
        assertEquals(404, status(pages.newPerson(Request.get("/", fenland()).query("familyId", "x"))));
        assertEquals(200, status(pages.newPerson(Request.get("/", fenland()))));
    }

    @Test
    void badInputIsShownOnTheFormAndNothingIsSaved() {
        long people = count("cr_person");
        Map<String, String> fields = newChild("Future", "Baby");
        fields.put("dateOfBirthDay", "1");
        fields.put("dateOfBirthMonth", "1");
        fields.put("dateOfBirthYear", "2027");
        fields.put("nhsNumber", "9434765918");
        PageResult result = pages.create(Request.post("/cases/people", fenland()).form(fields).form("familyFixed", "1"));
        assertEquals(400, status(result));
        String html = RENDERER.render(result);
        assertTrue(html.contains("<a href=\"#dateOfBirthDay\">Date of birth must be today or in the past</a>"));
        assertTrue(html.contains("href=\"#nhsNumber\""));
        assertTrue(html.contains("value=\"Future\""));
        assertEquals(people, count("cr_person"));
    }

    @Test
    void aFamilyTheUserCannotSeeIsAnErrorOnTheField() {
        long people = count("cr_person");
        Map<String, String> fields = newChild("Someone", "Else");
        fields.put("familyId", String.valueOf(world.pccFamily));
        PageResult result = pages.create(Request.post("/cases/people", fenland()).form(fields));
        assertEquals(400, status(result));
        assertTrue(RENDERER.render(result).contains("Enter the number of a family record you can see"));
        assertEquals(people, count("cr_person"));
    }

    @Test
    void aLikelyDuplicateIsShownForConfirmationBeforeAnythingIsSaved() {
        long people = count("cr_person");
        Map<String, String> fields = newChild("Amelia", "Smith");
        fields.put("dateOfBirthDay", "2");
        fields.put("dateOfBirthMonth", "3");
        fields.put("dateOfBirthYear", "2019");
        PageResult warned = pages.create(Request.post("/cases/people", fenland()).form(fields).form("familyFixed", "1"));
        assertEquals(200, status(warned));
        String html = RENDERER.render(warned);
        assertTrue(html.contains("govuk-warning-text"));
        assertTrue(html.contains("href=\"/cases/people/" + world.amy + "\""));
        assertTrue(html.contains("Same family name and date of birth"));
        assertTrue(html.contains("These are not the same person: create a new record"));
        assertTrue(html.contains("value=\"Amelia\""), "what was typed is kept");
        assertFalse(html.contains("Peterborough"));
        assertEquals(people, count("cr_person"));
        assertEquals("person.duplicates.shown", world.audit.last().action());

        PageResult saved = pages.create(Request.post("/cases/people", fenland()).form(fields).form("notDuplicate", "yes"));
        PageResult.Redirect redirect = assertInstanceOf(PageResult.Redirect.class, saved);
        assertTrue(redirect.location().matches("/cases/people/\\d+\\?done=created"), redirect.location());
        assertEquals(people + 1, count("cr_person"));
        AuditEvent event = world.audit.last();
        assertEquals("person.create", event.action());
        assertTrue(event.detail().contains("notDuplicateOf=" + world.amy), event.detail());
        assertFalse(event.detail().contains("Amelia"));
    }

    @Test
    void aMatchInADistrictTheUserCannotSeeIsCountedNotNamed() {
        Map<String, String> fields = newChild("Cara", "Jones");
        PageResult warned = pages.create(Request.post("/cases/people", user(CCC, FENLAND_TEAM, 7L, CaseRecordsModule.RECORD))
                .form(fields));
        // Cara is visible to Fenland through her case; Amy Smithson in the disabled district is not.
        String html = RENDERER.render(warned);
        assertTrue(html.contains("href=\"/cases/people/" + world.cara + "\""));
        Map<String, String> smithson = newChild("Amy", "Smithson");
        String hidden = RENDERER.render(pages.create(Request.post("/cases/people", fenland()).form(smithson)));
        assertTrue(hidden.contains("1 possible match is held in a district you cannot see"), hidden);
        assertFalse(hidden.contains("href=\"/cases/people/" + world.amySmithson + "\""));
    }

    @Test
    void aNewChildJoinsTheHouseholdWithTheirRelationship() {
        Map<String, String> fields = newChild("Noah", "Smith");
        fields.put("relatedPersonId", String.valueOf(world.dean));
        fields.put("relationship", "CHILD_OF");
        PageResult.Redirect redirect = assertInstanceOf(PageResult.Redirect.class,
                pages.create(Request.post("/cases/people", fenland()).form(fields).form("familyFixed", "1")));
        long noah = Long.parseLong(redirect.location().replaceAll("\\D+(\\d+).*", "$1"));
        FamilyRepository families = world.families();
        assertTrue(families.isCurrentMember(world.smithFamily, noah));
        assertTrue(families.relationshipExists(world.dean, noah, Relationship.Kind.PARENT), "stored as Dean is parent of Noah");
        String html = RENDERER.render(pages.view(Request.get("/", fenland()).param("personId", noah).query("done", "created")));
        assertTrue(html.contains("Person added"));
        assertTrue(html.contains("Child of Dean Smith"));
        assertNull(world.people().person(noah).orElseThrow().nhsNumber());
    }

    // ----- change their details -----

    /** A child of the Smith household, made for these tests only so the others keep their names. */
    private static long newSmithChild(String given) {
        return Transactions.inTransaction(world.db.factory(), em -> {
            org.safeguard.caserecords.model.Person child = PeopleWorld.person(em, CCC,
                    org.safeguard.caserecords.model.Person.Kind.CHILD, given, "Smith", java.time.LocalDate.of(2020, 6, 1),
                    null, java.time.LocalDateTime.of(2026, 1, 1, 9, 0));
            em.persist(new org.safeguard.caserecords.model.FamilyMembership(world.smithFamily, child.id(),
                    java.time.LocalDate.of(2020, 6, 1)));
            return child.id();
        });
    }

    private static Map<String, String> details(String given, String day, String month, String year) {
        return new java.util.HashMap<>(Map.of("givenName", given, "familyName", "Smith", "dateOfBirthDay", day,
                "dateOfBirthMonth", month, "dateOfBirthYear", year, "gender", "FEMALE", "nhsNumber", "943 476 5919"));
    }

    @Test
    void correctingANameKeepsTheOldDetailsOnThePersonPageAndAuditsOnlyTheFields() {
        long child = newSmithChild("Lilly");
        CurrentUser worker = user(CCC, FENLAND_TEAM, 500L, CaseRecordsModule.RECORD);
        String form = RENDERER.render(pages.editDetails(Request.get("/", worker).param("personId", child)));
        assertTrue(form.contains("value=\"Lilly\""), "the form starts from the current details");

        PageResult saved = pages.changeDetails(Request.post("/", worker).param("personId", child)
                .form(details("Lily", "1", "6", "2020")));
        assertEquals("/cases/people/" + child + "?done=changed", ((PageResult.Redirect) saved).location());
        AuditEvent event = world.audit.last();
        assertEquals("person.details.change", event.action());
        assertEquals("fields=givenName,nhsNumber", event.detail(), "which fields, never the names");

        String page = RENDERER.render(pages.view(Request.get("/", worker).param("personId", child).query("done", "changed")));
        assertTrue(page.contains("Details changed"));
        assertTrue(page.contains("<h1 class=\"govuk-heading-l\">Lily Smith</h1>"));
        assertTrue(page.contains("Previous details") && page.contains("Lilly Smith"), "the replaced name is kept");
        assertTrue(page.contains("943 476 5919"));
    }

    @Test
    void aFutureDateOfBirthIsRefusedOnItsFieldAndNothingChanges() {
        long child = newSmithChild("Maisie");
        long changesBefore = count("cr_person_change");
        PageResult result = pages.changeDetails(Request.post("/", fenland()).param("personId", child)
                .form(details("Maisy", "1", "6", "2027")));
        assertEquals(400, status(result));
        String html = RENDERER.render(result);
        assertTrue(html.contains("<a href=\"#dateOfBirthDay\">Date of birth must be today or in the past</a>"), html);
        assertTrue(html.contains("value=\"Maisy\""), "what was typed is kept");
        assertEquals(changesBefore, count("cr_person_change"));
        assertTrue(RENDERER.render(pages.view(Request.get("/", fenland()).param("personId", child)))
                .contains("Maisie Smith"), "the saved name is unchanged");
    }

    @Test
    void nothingChangedWritesNothing() {
        long child = newSmithChild("Ruby");
        long changesBefore = count("cr_person_change");
        java.util.Map<String, String> same = details("Ruby", "1", "6", "2020");
        same.remove("nhsNumber");
        PageResult result = pages.changeDetails(Request.post("/", fenland()).param("personId", child).form(same));
        assertEquals("/cases/people/" + child, ((PageResult.Redirect) result).location());
        assertEquals(changesBefore, count("cr_person_change"));
    }

    @Test
    void anotherDistrictOrAuthorityCannotChangeThem() {
        long child = newSmithChild("Ava");
        assertEquals(404, status(pages.editDetails(Request.get("/", user(CCC, HUNTS_TEAM, 8L, CaseRecordsModule.RECORD))
                .param("personId", child))));
        assertEquals(404, status(pages.changeDetails(Request.post("/", user(PCC, PCC_TEAM, 9L, CaseRecordsModule.RECORD))
                .param("personId", child).form(details("Eve", "1", "6", "2020")))));
        assertEquals(404, status(pages.editDetails(Request.get("/", fenland()).param("personId", "not-a-number"))));
        assertTrue(RENDERER.render(pages.view(Request.get("/", fenland()).param("personId", child))).contains("Ava Smith"));
    }
}
