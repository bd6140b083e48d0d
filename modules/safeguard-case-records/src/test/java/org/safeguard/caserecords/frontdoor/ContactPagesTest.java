package org.safeguard.caserecords.frontdoor;

import static org.safeguard.caserecords.TestCalendars.WEEKDAYS_ONLY;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.caserecords.frontdoor.Seed.CCC;
import static org.safeguard.caserecords.frontdoor.Seed.FENLAND;
import static org.safeguard.caserecords.frontdoor.Seed.FENLAND_TEAM;
import static org.safeguard.caserecords.frontdoor.Seed.HUNTS;
import static org.safeguard.caserecords.frontdoor.Seed.HUNTS_TEAM;
import static org.safeguard.caserecords.frontdoor.Seed.PCC;
import static org.safeguard.caserecords.frontdoor.Seed.PCC_TEAM;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseDirectoryService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.FakeOrganisation;
import org.safeguard.caserecords.model.Contact;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.TestDatabase;

/**
 * Recording and deciding contacts through the pages, as the web host calls them: who may see
 * which child, what is saved, what is audited, and that a refused form saves nothing.
 */
class ContactPagesTest {

    private static TestDatabase db;
    private static Seed seed;
    private static FakeOrganisation organisation;
    private static CaseDirectoryService directory;
    private static final CurrentUser FENLAND_WORKER = Seed.user(7L, CCC, FENLAND_TEAM);
    private static final CurrentUser HUNTS_WORKER = Seed.user(8L, CCC, HUNTS_TEAM);
    private static final CurrentUser PCC_WORKER = Seed.user(9L, PCC, PCC_TEAM);

    private RecordingAuditLog audit;
    private ContactPages pages;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create("frontdoor-contact-pages", "db/case-records/changelog.xml");
        seed = new Seed(db.factory());
        organisation = new FakeOrganisation()
                .team(FENLAND_TEAM, CCC, FENLAND, "Fenland Family Safeguarding team 1")
                .team(HUNTS_TEAM, CCC, HUNTS, "Huntingdonshire Family Safeguarding team 1")
                .team(PCC_TEAM, PCC, Seed.PETERBOROUGH, "Peterborough Children's team");
        directory = new CaseDirectoryService(db.factory(), new CaseAccessService(organisation, organisation.enablement()));
    }

    @BeforeEach
    void newPages() {
        audit = new RecordingAuditLog();
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        pages = new ContactPages(db.factory(), audit, new CaseAccessService(organisation, organisation.enablement()),
                directory, new ReferralService(WEEKDAYS_ONLY), new CouncilClock(clock));
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    // ----- Record a contact -----

    @Test
    void theFormIsForAVisibleChildOnly() {
        long family = seed.family(CCC, FENLAND, "Smith");
        long amy = seed.child(CCC, "Amy", "Smith", family);
        long dean = seed.adult(CCC, "Dean", "Smith", family);

        PageResult.Page form = assertInstanceOf(PageResult.Page.class,
                pages.newContact(FakeRequest.get(FENLAND_WORKER).query("personId", amy)));
        assertEquals(ContactPages.NEW, form.template());
        assertEquals(true, form.model().get("hasFamily"));
        assertEquals(false, form.model().get("chooseFamily"));

        assertNotFound(pages.newContact(FakeRequest.get(HUNTS_WORKER).query("personId", amy)));
        assertNotFound(pages.newContact(FakeRequest.get(PCC_WORKER).query("personId", amy)));
        assertNotFound(pages.newContact(FakeRequest.get(FENLAND_WORKER).query("personId", dean)));
        assertNotFound(pages.newContact(FakeRequest.get(FENLAND_WORKER).query("personId", "12abc")));
        assertNotFound(pages.newContact(FakeRequest.get(FENLAND_WORKER).query("personId", 999_999)));
        assertNotFound(pages.newContact(FakeRequest.get(FENLAND_WORKER).query("personId", seed.child(CCC, "Nobody", "Known"))));

        PageResult.Page findFirst = (PageResult.Page) pages.newContact(FakeRequest.get(FENLAND_WORKER));
        assertEquals(true, findFirst.model().get("findChild"));
    }

    @Test
    void aChildInTwoHouseholdsIsAskedWhichAndAChildInNoneIsSentToAddThemFirst() {
        long mum = seed.family(CCC, FENLAND, "Smith");
        long dad = seed.family(CCC, FENLAND, "Taylor");
        long old = seed.family(CCC, FENLAND, "Old");
        long two = seed.child(CCC, "Bea", "Smith", mum, dad, old);
        seed.leave(old, two, LocalDate.of(2024, 1, 1));
        long none = seed.child(CCC, "Cal", "Smith", old);
        seed.leave(old, none, LocalDate.of(2025, 1, 1));

        PageResult.Page choose = (PageResult.Page) pages.newContact(FakeRequest.get(FENLAND_WORKER).query("personId", two));
        assertEquals(true, choose.model().get("chooseFamily"));
        assertEquals(List.of(String.valueOf(mum), String.valueOf(dad)),
                ((List<?>) choose.model().get("families")).stream().map(o -> ((RadioOption) o).value()).toList());

        PageResult.Page first = (PageResult.Page) pages.newContact(FakeRequest.get(FENLAND_WORKER).query("personId", none));
        assertEquals(false, first.model().get("hasFamily"));
    }

    @Test
    void aContactIsSavedAwaitingADecisionInTheFamilysDistrictAndAudited() {
        long family = seed.family(CCC, FENLAND, "Jones");
        long ben = seed.child(CCC, "Ben", "Jones", family);

        PageResult result = pages.record(FakeRequest.post(FENLAND_WORKER).form("personId", ben).form("familyId", family)
                .form("receivedOnDay", "24").form("receivedOnMonth", "11").form("receivedOnYear", "2026")
                .form("source", "POLICE").form("summary", "Police called to a domestic incident.\r\nBen was present."));

        List<Contact> saved = contactsOf(ben);
        assertEquals(1, saved.size());
        Contact contact = saved.get(0);
        assertEquals(new PageResult.Redirect("/cases/contacts/" + contact.id() + "?done=recorded"), result);
        assertEquals(Contact.Status.AWAITING_DECISION, contact.status());
        assertEquals(FENLAND, contact.districtId());
        assertEquals(family, contact.familyId());
        assertEquals(LocalDate.of(2026, 11, 24), contact.receivedOn());
        assertEquals(Contact.Source.POLICE, contact.source());
        assertEquals("Police called to a domestic incident.\nBen was present.", contact.summary());
        assertEquals("User 7", contact.recordedByName());

        AuditEvent recorded = audit.actions("contact.record").get(0);
        assertEquals("contact", recorded.subjectType());
        assertEquals(String.valueOf(contact.id()), recorded.subjectId());
        assertFalse(recorded.detail().contains("Police called"), "no free text in the audit log");
        assertFalse(recorded.detail().contains("Ben"), "no names in the audit log");
    }

    @Test
    void aRefusedContactShowsEveryErrorAndSavesNothing() {
        long family = seed.family(CCC, FENLAND, "Patel");
        long cara = seed.child(CCC, "Cara", "Patel", family);
        long elsewhere = seed.family(CCC, FENLAND, "Other");

        PageResult result = pages.record(FakeRequest.post(FENLAND_WORKER).form("personId", cara)
                .form("familyId", elsewhere).form("receivedOnDay", "26").form("receivedOnMonth", "11")
                .form("receivedOnYear", "2026").form("summary", "x".repeat(4001)));

        PageResult.Page page = assertInstanceOf(PageResult.Page.class, result);
        assertEquals(400, page.status());
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) ((Map<String, Object>) page.model().get("errors")).get("byField");
        assertEquals("Select one of the child's current families", errors.get("familyId"));
        assertEquals("Date the contact was received must be today or in the past", errors.get("receivedOnDay"));
        assertEquals("Select where the contact came from", errors.get("source"));
        assertEquals("Summary must be 4,000 characters or fewer", errors.get("summary"));
        assertTrue(contactsOf(cara).isEmpty());
        assertTrue(audit.events.isEmpty());
    }

    @Test
    void aContactForSomeoneElsesChildIsNotFoundEvenWhenPosted() {
        long family = seed.family(CCC, HUNTS, "Hunt");
        long dora = seed.child(CCC, "Dora", "Hunt", family);
        assertNotFound(pages.record(FakeRequest.post(FENLAND_WORKER).form("personId", dora).form("familyId", family)
                .form("receivedOnDay", "24").form("receivedOnMonth", "11").form("receivedOnYear", "2026")
                .form("source", "GP").form("summary", "Worried.")));
        assertTrue(contactsOf(dora).isEmpty());
    }

    // ----- The contact page -----

    @Test
    void theContactPageIsAuditedAndNotFoundOutsideItsDistrict() {
        long family = seed.family(CCC, FENLAND, "Green");
        long eve = seed.child(CCC, "Eve", "Green", family);
        Contact contact = seed.contact(CCC, FENLAND, eve, family, LocalDate.of(2026, 11, 20));

        PageResult.Page page = (PageResult.Page) pages.view(FakeRequest.get(FENLAND_WORKER).path("contactId", contact.id()));
        assertEquals(ContactPages.VIEW, page.template());
        assertEquals(true, page.model().get("canDecide"));
        assertEquals(1, audit.actions("contact.view").size());
        PageResult.Page banner = (PageResult.Page) pages.view(FakeRequest.get(FENLAND_WORKER)
                .path("contactId", contact.id()).query("done", "recorded"));
        assertEquals("recorded", banner.model().get("done"));
        PageResult.Page unknown = (PageResult.Page) pages.view(FakeRequest.get(FENLAND_WORKER)
                .path("contactId", contact.id()).query("done", "<b>"));
        assertNull(unknown.model().get("done"));
        assertEquals(String.valueOf(contact.id()), audit.actions("contact.view").get(0).subjectId());

        assertNotFound(pages.view(FakeRequest.get(HUNTS_WORKER).path("contactId", contact.id())));
        assertNotFound(pages.view(FakeRequest.get(PCC_WORKER).path("contactId", contact.id())));
        assertNotFound(pages.view(FakeRequest.get(FENLAND_WORKER).path("contactId", "-1")));
        assertNotFound(pages.decide(decision(HUNTS_WORKER, contact, "NO_FURTHER_ACTION", "Not ours.", "25")));
        assertEquals(3, audit.events.size(), "one entry per view; refusals are not reads");
    }

    @Test
    void aReaderWithoutTheFrontDoorPermissionSeesNoDecisionForm() {
        long family = seed.family(CCC, FENLAND, "White");
        long fay = seed.child(CCC, "Fay", "White", family);
        Contact contact = seed.contact(CCC, FENLAND, fay, family, LocalDate.of(2026, 11, 20));
        CurrentUser reader = Seed.user(11L, CCC, FENLAND_TEAM, CaseRecordsModule.READ);
        PageResult.Page page = (PageResult.Page) pages.view(FakeRequest.get(reader).path("contactId", contact.id()));
        assertEquals(false, page.model().get("canDecide"));
    }

    // ----- Deciding -----

    @Test
    void aDecisionWithoutAReasonOrBeforeTheContactSavesNothing() {
        long family = seed.family(CCC, FENLAND, "Hall");
        long gus = seed.child(CCC, "Gus", "Hall", family);
        Contact contact = seed.contact(CCC, FENLAND, gus, family, LocalDate.of(2026, 11, 20));

        PageResult.Page page = (PageResult.Page) pages.decide(decision(FENLAND_WORKER, contact, "REFERRAL", "", "19"));

        assertEquals(400, page.status());
        Map<String, String> errors = errors(page);
        assertEquals("Enter the reason for the decision", errors.get("reason"));
        assertEquals("Decision date must be on or after the date the contact was received, 20 November 2026",
                errors.get("decidedOnDay"));
        Contact after = reload(contact);
        assertEquals(Contact.Status.AWAITING_DECISION, after.status());
        assertNull(after.outcome());
        assertNull(after.caseId());
        assertTrue(casesOf(gus).isEmpty());
        assertTrue(audit.actions("contact.decide").isEmpty());

        PageResult.Page future = (PageResult.Page) pages.decide(decision(FENLAND_WORKER, contact, "", "Reason", "26"));
        assertEquals("Select what happens next", errors(future).get("outcome"));
        assertEquals("Decision date must be today or in the past", errors(future).get("decidedOnDay"));
        assertEquals(Contact.Status.AWAITING_DECISION, reload(contact).status());
    }

    @Test
    void aDecidedContactCannotBeDecidedAgain() {
        long family = seed.family(CCC, FENLAND, "King");
        long ivy = seed.child(CCC, "Ivy", "King", family);
        Contact contact = seed.contact(CCC, FENLAND, ivy, family, LocalDate.of(2026, 11, 20));

        PageResult first = pages.decide(decision(FENLAND_WORKER, contact, "ADVICE_SIGNPOST", "Parenting course.", "24"));
        assertEquals(new PageResult.Redirect("/cases/contacts/" + contact.id() + "?done=decided"), first);

        PageResult again = pages.decide(decision(FENLAND_WORKER, contact, "REFERRAL", "Changed my mind.", "25"));
        PageResult.Error refused = assertInstanceOf(PageResult.Error.class, again);
        assertEquals(400, refused.status());
        assertTrue(refused.message().contains("already been decided"), refused.message());
        Contact after = reload(contact);
        assertEquals(Contact.Outcome.ADVICE_SIGNPOST, after.outcome());
        assertEquals("Parenting course.", after.outcomeReason());
        assertEquals(LocalDate.of(2026, 11, 24), after.decidedOn());
        assertTrue(casesOf(ivy).isEmpty());
        assertEquals(1, audit.actions("contact.decide").size());
    }

    @Test
    void aContactGoesToMashAndTheMashDecidesAnythingButMashAgain() {
        long family = seed.family(CCC, FENLAND, "Lee");
        long jo = seed.child(CCC, "Jo", "Lee", family);
        Contact contact = seed.contact(CCC, FENLAND, jo, family, LocalDate.of(2026, 11, 20));

        assertEquals(new PageResult.Redirect("/cases/contacts/" + contact.id() + "?done=mash"),
                pages.decide(decision(FENLAND_WORKER, contact, "MASH", "Accounts differ.", "23")));
        Contact inMash = reload(contact);
        assertEquals(Contact.Status.IN_MASH, inMash.status());
        assertEquals(LocalDate.of(2026, 11, 23), inMash.mashEnteredOn());

        PageResult.Page mashAgain = (PageResult.Page) pages.decide(decision(FENLAND_WORKER, contact, "MASH", "Again.", "24"));
        assertEquals("The contact is already in MASH: select what the MASH decided", errors(mashAgain).get("outcome"));
        PageResult.Page beforeMash = (PageResult.Page) pages.decide(decision(FENLAND_WORKER, contact, "EARLY_HELP", "EH.", "22"));
        assertEquals("Decision date must be on or after the date the contact went to MASH, 23 November 2026",
                errors(beforeMash).get("decidedOnDay"));
        assertEquals(Contact.Status.IN_MASH, reload(contact).status());

        pages.decide(decision(FENLAND_WORKER, contact, "EARLY_HELP", "Family agree to early help.", "24"));
        Contact decided = reload(contact);
        assertEquals(Contact.Status.DECIDED, decided.status());
        assertEquals(Contact.Outcome.EARLY_HELP, decided.outcome());
        assertEquals(LocalDate.of(2026, 11, 23), decided.mashEnteredOn());
        assertTrue(casesOf(jo).isEmpty());
    }

    @Test
    void aReferralOpensTheCaseAndGoesToIt() {
        long family = seed.family(CCC, FENLAND, "Moss");
        long kit = seed.child(CCC, "Kit", "Moss", family);
        Contact contact = seed.contact(CCC, FENLAND, kit, family, LocalDate.of(2026, 11, 20));

        PageResult result = pages.decide(decision(FENLAND_WORKER, contact, "REFERRAL", "Needs assessment.", "23"));

        List<Long> cases = casesOf(kit);
        assertEquals(1, cases.size());
        assertEquals(new PageResult.Redirect("/cases/" + cases.get(0) + "?done=referred"), result);
        assertEquals(cases.get(0), reload(contact).caseId());
        assertEquals(1, audit.actions("contact.decide").size());
        AuditEvent opened = audit.actions("case.open").get(0);
        assertEquals("case", opened.subjectType());
        assertEquals(String.valueOf(cases.get(0)), opened.subjectId());
        assertTrue(opened.detail().contains("re-referral no"), opened.detail());

        // a second contact for Kit joins the open case
        Contact second = seed.contact(CCC, FENLAND, kit, family, LocalDate.of(2026, 11, 24));
        PageResult.Page form = (PageResult.Page) pages.view(FakeRequest.get(FENLAND_WORKER).path("contactId", second.id()));
        assertTrue(form.model().containsKey("openCase"), "the decider is told the child's case is open");
        PageResult joined = pages.decide(decision(FENLAND_WORKER, second, "REFERRAL", "More worries.", "25"));
        assertEquals(new PageResult.Redirect("/cases/" + cases.get(0) + "?done=contact-added"), joined);
        assertEquals(1, casesOf(kit).size());
        assertEquals(1, audit.actions("case.open").size());
    }

    private static FakeRequest decision(CurrentUser user, Contact contact, String outcome, String reason, String day) {
        return FakeRequest.post(user).path("contactId", contact.id()).form("outcome", outcome).form("reason", reason)
                .form("decidedOnDay", day).form("decidedOnMonth", "11").form("decidedOnYear", "2026");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(PageResult.Page page) {
        return (Map<String, String>) ((Map<String, Object>) page.model().get("errors")).get("byField");
    }

    private static void assertNotFound(PageResult result) {
        PageResult.Error error = assertInstanceOf(PageResult.Error.class, result);
        assertEquals(404, error.status());
    }

    private static Contact reload(Contact contact) {
        return Transactions.read(db.factory(), em -> em.find(Contact.class, contact.id()));
    }

    private static List<Contact> contactsOf(long child) {
        return Transactions.read(db.factory(), em -> em.createQuery(
                "SELECT c FROM Contact c WHERE c.childId = :c", Contact.class).setParameter("c", child).getResultList());
    }

    private static List<Long> casesOf(long child) {
        return Transactions.read(db.factory(), em -> em.createQuery(
                "SELECT c.id FROM CaseRecord c WHERE c.childId = :c", Long.class).setParameter("c", child).getResultList());
    }
}
