package org.safeguard.caserecords.frontdoor;

import static org.safeguard.caserecords.TestCalendars.WEEKDAYS_ONLY;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.caserecords.frontdoor.Seed.CCC;
import static org.safeguard.caserecords.frontdoor.Seed.FENLAND;
import static org.safeguard.caserecords.frontdoor.Seed.FENLAND_TEAM;
import static org.safeguard.caserecords.frontdoor.Seed.FRONT_DOOR_TEAM;
import static org.safeguard.caserecords.frontdoor.Seed.HUNTS;
import static org.safeguard.caserecords.frontdoor.Seed.HUNTS_TEAM;
import static org.safeguard.caserecords.frontdoor.Seed.PCC;
import static org.safeguard.caserecords.frontdoor.Seed.PCC_TEAM;
import static org.safeguard.caserecords.frontdoor.Seed.PETERBOROUGH;

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
import org.safeguard.caserecords.FakeOrganisation;
import org.safeguard.caserecords.model.Contact;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.TestDatabase;

/** Who sees which contacts in the front door and MASH queues, in what order, a page at a time. */
class QueuePagesTest {

    private static TestDatabase db;
    private static Seed seed;
    private static final FakeOrganisation ORGANISATION = new FakeOrganisation()
            .team(FENLAND_TEAM, CCC, FENLAND, "Fenland Family Safeguarding team 1")
            .team(HUNTS_TEAM, CCC, HUNTS, "Huntingdonshire Family Safeguarding team 1")
            .team(FRONT_DOOR_TEAM, CCC, null, "Integrated Front Door")
            .team(PCC_TEAM, PCC, PETERBOROUGH, "Peterborough Children's team");

    private static final CurrentUser FENLAND_WORKER = Seed.user(7L, CCC, FENLAND_TEAM);
    private static final CurrentUser HUNTS_WORKER = Seed.user(8L, CCC, HUNTS_TEAM);
    private static final CurrentUser FRONT_DOOR_WORKER = Seed.user(10L, CCC, FRONT_DOOR_TEAM);
    private static final CurrentUser PCC_WORKER = Seed.user(9L, PCC, PCC_TEAM);

    private static long firstFenland;
    private static long lastFenland;

    private RecordingAuditLog audit;
    private QueuePages pages;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create("frontdoor-queues", "db/case-records/changelog.xml");
        seed = new Seed(db.factory());
        long fenlandFamily = seed.family(CCC, FENLAND, "Smith");
        long huntsFamily = seed.family(CCC, HUNTS, "Hunt");
        long pccFamily = seed.family(PCC, PETERBOROUGH, "Peter");
        long amy = seed.child(CCC, "Amy", "Smith", fenlandFamily);
        long dora = seed.child(CCC, "Dora", "Hunt", huntsFamily);
        long pete = seed.child(PCC, "Pete", "Peter", pccFamily);
        // 30 in Fenland received on different days, inserted newest first so order is the query's doing
        for (int i = 29; i >= 0; i--) {
            Contact c = seed.contact(CCC, FENLAND, amy, fenlandFamily, LocalDate.of(2026, 10, 1).plusDays(i));
            if (i == 0) {
                firstFenland = c.id();
            }
            if (i == 29) {
                lastFenland = c.id();
            }
        }
        seed.contact(CCC, HUNTS, dora, huntsFamily, LocalDate.of(2026, 9, 1));
        seed.contact(PCC, PETERBOROUGH, pete, pccFamily, LocalDate.of(2026, 9, 1));
        // decided contacts never show
        Contact decided = seed.contact(CCC, FENLAND, amy, fenlandFamily, LocalDate.of(2026, 1, 1));
        Transactions.run(db.factory(), em -> em.find(Contact.class, decided.id())
                .decide(Contact.Outcome.NO_FURTHER_ACTION, "No concerns.", LocalDate.of(2026, 1, 2), 7L, "Sam"));
        // MASH: Monday 23 Nov is 2 working days before Wednesday 25th; Tuesday 24th is 1
        seed.contactInMash(CCC, FENLAND, amy, fenlandFamily, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24));
        seed.contactInMash(CCC, FENLAND, amy, fenlandFamily, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23));
        seed.contactInMash(CCC, HUNTS, dora, huntsFamily, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20));
    }

    @BeforeEach
    void newPages() {
        audit = new RecordingAuditLog();
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        pages = new QueuePages(db.factory(), audit, new CaseAccessService(ORGANISATION, ORGANISATION.enablement()),
                WEEKDAYS_ONLY, new CouncilClock(clock));
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void aDistrictTeamSeesItsDistrictsContactsOldestFirstAPageAtATime() {
        PageResult.Page first = (PageResult.Page) pages.frontDoor(FakeRequest.get(FENLAND_WORKER));
        List<Map<String, Object>> items = items(first);
        assertEquals(25, items.size());
        assertEquals(firstFenland, items.get(0).get("contactId"));
        assertEquals(LocalDate.of(2026, 10, 1), items.get(0).get("receivedOn"));
        assertEquals("55 days", items.get(0).get("waiting"));
        assertEquals("Amy Smith", items.get(0).get("childName"));
        assertEquals(30L, paging(first).get("total"));

        PageResult.Page second = (PageResult.Page) pages.frontDoor(FakeRequest.get(FENLAND_WORKER).query("page", 2));
        assertEquals(5, items(second).size());
        assertEquals(lastFenland, items(second).get(4).get("contactId"));

        PageResult.Page hunts = (PageResult.Page) pages.frontDoor(FakeRequest.get(HUNTS_WORKER));
        assertEquals(1, items(hunts).size());
        assertEquals("Dora Hunt", items(hunts).get(0).get("childName"));
    }

    @Test
    void theCountyWideFrontDoorSeesTheWholeAuthorityAndNoOtherAuthority() {
        PageResult.Page county = (PageResult.Page) pages.frontDoor(FakeRequest.get(FRONT_DOOR_WORKER));
        assertEquals(31L, paging(county).get("total"));
        assertEquals("Dora Hunt", items(county).get(0).get("childName"), "received first, so first in the queue");

        PageResult.Page peterborough = (PageResult.Page) pages.frontDoor(FakeRequest.get(PCC_WORKER));
        assertEquals(1, items(peterborough).size());
        assertEquals("Pete Peter", items(peterborough).get(0).get("childName"));
    }

    @Test
    void aUserInNoTeamSeesAnEmptyQueue() {
        CurrentUser loner = new CurrentUser(12L, "u12", "User 12", CCC, "Authority", null, null,
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of());
        PageResult.Page page = (PageResult.Page) pages.frontDoor(FakeRequest.get(loner));
        assertTrue(items(page).isEmpty());
        assertEquals(true, page.model().get("noScope"));
    }

    @Test
    void aDistrictWhereCaseRecordsIsOffDropsOutOfTheQueue() {
        FakeOrganisation huntsOff = new FakeOrganisation()
                .team(FENLAND_TEAM, CCC, FENLAND, "Fenland Family Safeguarding team 1")
                .team(HUNTS_TEAM, CCC, HUNTS, "Huntingdonshire Family Safeguarding team 1")
                .disable(HUNTS);
        QueuePages off = new QueuePages(db.factory(), audit, new CaseAccessService(huntsOff, huntsOff.enablement()),
                WEEKDAYS_ONLY, new CouncilClock(Clock.systemUTC()));
        assertTrue(items((PageResult.Page) off.frontDoor(FakeRequest.get(HUNTS_WORKER))).isEmpty());
    }

    @Test
    void theMashQueueShowsTimeInMashAndFlagsMoreThanAWorkingDay() {
        PageResult.Page page = (PageResult.Page) pages.mash(FakeRequest.get(FENLAND_WORKER));
        List<Map<String, Object>> items = items(page);
        assertEquals(2, items.size());
        assertEquals(LocalDate.of(2026, 11, 23), items.get(0).get("mashEnteredOn"), "longest in MASH first");
        assertEquals(2, items.get(0).get("workingDaysInMash"));
        assertEquals(true, items.get(0).get("overdue"));
        assertEquals(1, items.get(1).get("workingDaysInMash"));
        assertEquals(false, items.get(1).get("overdue"));

        assertEquals(3L, paging((PageResult.Page) pages.mash(FakeRequest.get(FRONT_DOOR_WORKER))).get("total"));
    }

    @Test
    void eachPageViewIsOneAuditEntryNamingTheContactsShown() {
        pages.frontDoor(FakeRequest.get(HUNTS_WORKER));
        pages.mash(FakeRequest.get(FENLAND_WORKER));
        assertEquals(2, audit.events.size());
        AuditEvent frontDoor = audit.actions("frontdoor.view").get(0);
        assertEquals("authority", frontDoor.subjectType());
        assertEquals(String.valueOf(CCC), frontDoor.subjectId());
        assertTrue(frontDoor.detail().matches("page 1 of 1; 1 in queue; contacts \\d+"), frontDoor.detail());
        assertEquals(1, audit.actions("mash.view").size());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(PageResult.Page page) {
        return (List<Map<String, Object>>) page.model().get("items");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> paging(PageResult.Page page) {
        return (Map<String, Object>) page.model().get("paging");
    }
}
