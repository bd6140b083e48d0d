package org.safeguard.caserecords.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseDirectoryService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.FakeOrganisation;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.TestDatabase;

/** Allocating a case through the page, against a real (in-memory) database. Today is 25 November 2026. */
class AllocationPagesTest {

    private static final long CCC = 1, PCC = 2, FENLAND = 14, HUNTS = 15, FENLAND_TEAM = 100, HUNTS_TEAM = 101;
    private static final long MANAGER = 50, SAM = 1, PRIYA = 2, JO = 3, CLERK = 4;
    private static final LocalDate OPENED = LocalDate.of(2026, 9, 1);

    private static TestDatabase db;
    private static Seed seed;
    private static RecordingAuditLog audit;
    private static AllocationPages pages;
    private static CaseDirectoryService directory;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create("workload-allocation", "db/case-records/changelog.xml");
        seed = new Seed(db);
        FakeOrganisation organisation = new FakeOrganisation()
                .team(FENLAND_TEAM, CCC, FENLAND, "Fenland Family Safeguarding team 1")
                .team(HUNTS_TEAM, CCC, HUNTS, "Huntingdonshire Family Safeguarding team 1")
                .member(MANAGER, CCC, "Alex Manager", "1", FENLAND_TEAM, Role.TEAM_MANAGER)
                .member(MANAGER, CCC, "Alex Manager", "1", HUNTS_TEAM, Role.TEAM_MANAGER)
                .member(SAM, CCC, "Sam Jones", "1", FENLAND_TEAM, Role.SOCIAL_WORKER)
                .member(PRIYA, CCC, "Priya Patel", "0.5", FENLAND_TEAM, Role.SENIOR_SOCIAL_WORKER)
                .member(JO, CCC, "Jo Brown", "1", HUNTS_TEAM, Role.SOCIAL_WORKER)
                .member(CLERK, CCC, "Chris Clerk", "1", FENLAND_TEAM, Role.BUSINESS_SUPPORT);
        CaseAccessService access = new CaseAccessService(organisation, organisation.enablement());
        directory = new CaseDirectoryService(db.factory(), access);
        audit = new RecordingAuditLog();
        CouncilClock clock = new CouncilClock(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        pages = new AllocationPages(db.factory(), audit, access, directory, null, clock);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    private static CurrentUser manager() {
        return new CurrentUser(MANAGER, "alex", "Alex Manager", CCC, "Cambridgeshire", FENLAND, "Fenland",
                Set.of(FENLAND_TEAM, HUNTS_TEAM), Set.of(Role.TEAM_MANAGER),
                Set.of(CaseRecordsModule.READ, CaseRecordsModule.ALLOCATE));
    }

    private static CurrentUser worker(long id, long authority, long team) {
        return new CurrentUser(id, "u" + id, "User " + id, authority, "Authority", null, null, Set.of(team),
                Set.of(Role.SOCIAL_WORKER), Set.of(CaseRecordsModule.READ));
    }

    private static int version(long caseId) {
        return Transactions.read(db.factory(), em -> em.find(CaseRecord.class, caseId).version());
    }

    private static CaseRecord record(long caseId) {
        return Transactions.read(db.factory(), em -> em.find(CaseRecord.class, caseId));
    }

    private static long rows(long caseId) {
        return seed.count("SELECT COUNT(*) FROM cr_allocation WHERE case_id = ?", caseId);
    }

    private static PageResult post(long caseId, long team, long lead, Long co, LocalDate on, String reason) {
        return pages.allocate(FakeRequest.post(manager()).path("caseId", caseId)
                .form("teamId", team).form("leadWorkerId", lead).form("coWorkerId", co == null ? "" : co)
                .form("allocatedOnDay", on.getDayOfMonth()).form("allocatedOnMonth", on.getMonthValue())
                .form("allocatedOnYear", on.getYear()).form("reason", reason == null ? "" : reason)
                .form("version", version(caseId)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(PageResult result) {
        Map<String, Object> errors = (Map<String, Object>) ((PageResult.Page) result).model().get("errors");
        return (Map<String, String>) errors.get("byField");
    }

    @Test
    void allocatingCopiesTheAllocationOntoTheCaseAndAudits() {
        long caseId = seed.openCase(CCC, FENLAND, "Amy Smith", OPENED, null, null, null);
        PageResult result = post(caseId, FENLAND_TEAM, SAM, PRIYA, LocalDate.of(2026, 10, 1), "New referral");
        assertEquals(new PageResult.Redirect("/cases/" + caseId + "/allocation?done=allocated"), result);
        CaseRecord record = record(caseId);
        assertEquals(FENLAND_TEAM, record.teamId());
        assertEquals(SAM, record.leadWorkerId());
        assertEquals(PRIYA, record.coWorkerId());
        assertEquals(2, rows(caseId));
        assertEquals(1, seed.count("SELECT COUNT(*) FROM cr_allocation WHERE case_id = ? AND role = 'LEAD'"
                + " AND worker_name = 'Sam Jones' AND team_name = 'Fenland Family Safeguarding team 1'"
                + " AND district_id = 14 AND allocated_by_name = 'Alex Manager' AND to_date IS NULL", caseId));
        var allocate = audit.actions("case.allocate").stream().filter(e -> e.subjectId().equals(String.valueOf(caseId)))
                .toList();
        assertEquals(1, allocate.size());
        assertEquals("team=100 lead=1 coWorker=2 from=2026-10-01", allocate.get(0).detail());
    }

    @Test
    void historyIsKeptAcrossReallocations() {
        long caseId = seed.openCase(CCC, FENLAND, "Ben Smith", OPENED, null, null, null);
        post(caseId, FENLAND_TEAM, SAM, null, LocalDate.of(2026, 9, 2), "New referral");
        PageResult second = post(caseId, FENLAND_TEAM, PRIYA, SAM, LocalDate.of(2026, 11, 1), "Sam reduced hours");
        assertInstanceOf(PageResult.Redirect.class, second);
        // Sam's lead period ended; Priya leads; Sam co-works from the same day.
        assertEquals(1, seed.count("SELECT COUNT(*) FROM cr_allocation WHERE case_id = ? AND worker_id = 1"
                + " AND role = 'LEAD' AND from_date = '2026-09-02' AND to_date = '2026-11-01'", caseId));
        assertEquals(1, seed.count("SELECT COUNT(*) FROM cr_allocation WHERE case_id = ? AND worker_id = 2"
                + " AND role = 'LEAD' AND to_date IS NULL", caseId));
        assertEquals(1, seed.count("SELECT COUNT(*) FROM cr_allocation WHERE case_id = ? AND worker_id = 1"
                + " AND role = 'CO_WORKER' AND to_date IS NULL", caseId));

        // Dropping the co-worker keeps Priya's lead period unbroken.
        post(caseId, FENLAND_TEAM, PRIYA, null, LocalDate.of(2026, 11, 20), null);
        assertEquals(3, rows(caseId));
        assertEquals(1, seed.count("SELECT COUNT(*) FROM cr_allocation WHERE case_id = ? AND worker_id = 2"
                + " AND role = 'LEAD' AND from_date = '2026-11-01' AND to_date IS NULL", caseId));
        assertNull(record(caseId).coWorkerId());

        PageResult page = pages.show(FakeRequest.get(manager()).path("caseId", caseId));
        Map<String, Object> model = ((PageResult.Page) page).model();
        List<AllocationPages.HistoryRow> history = (List<AllocationPages.HistoryRow>) model.get("history");
        assertEquals(3, history.size());
        assertEquals("Lead worker", history.get(0).role());
        assertNull(history.get(0).to());
        assertEquals("Co-worker", history.get(1).role());
        assertEquals(LocalDate.of(2026, 11, 20), history.get(1).to());
        assertEquals("Sam Jones", history.get(2).workerName());
        assertEquals("Sam reduced hours", history.get(1).reason());
        @SuppressWarnings("unchecked")
        Map<String, Object> current = (Map<String, Object>) model.get("current");
        assertEquals("Priya Patel", current.get("leadName"));
        assertEquals(LocalDate.of(2026, 11, 1), current.get("since"));
        assertEquals(1, audit.actions("allocation.view").stream()
                .filter(e -> e.subjectId().equals(String.valueOf(caseId))).count());
    }

    @Test
    void aDuplicateAllocationIsRefusedAndNothingIsSaved() {
        long caseId = seed.openCase(CCC, FENLAND, "Cara Smith", OPENED, null, null, null);
        post(caseId, FENLAND_TEAM, SAM, null, LocalDate.of(2026, 10, 1), null);
        int version = version(caseId);
        int audited = audit.actions("case.allocate").size();

        PageResult again = post(caseId, FENLAND_TEAM, SAM, null, LocalDate.of(2026, 11, 25), "again");
        assertEquals(400, ((PageResult.Page) again).status());
        assertEquals("This case is already allocated to Sam Jones in Fenland Family Safeguarding team 1",
                errors(again).get("leadWorkerId"));
        assertEquals(1, rows(caseId));
        assertEquals(version, version(caseId));
        assertEquals(audited, audit.actions("case.allocate").size());
        assertEquals("again", ((Map<?, ?>) ((PageResult.Page) again).model().get("form")).get("reason"));
    }

    @Test
    void aClosedCaseCannotBeAllocated() {
        long caseId = seed.openCase(CCC, FENLAND, "Dan Smith", OPENED, null, null, null);
        seed.close(caseId, LocalDate.of(2026, 11, 1));
        PageResult result = post(caseId, FENLAND_TEAM, SAM, null, LocalDate.of(2026, 11, 2), null);
        assertEquals(400, ((PageResult.Page) result).status());
        assertEquals(AllocationForm.CLOSED, errors(result).get("current-allocation"));
        assertEquals(0, rows(caseId));
        Map<String, Object> model = ((PageResult.Page) pages.show(FakeRequest.get(manager()).path("caseId", caseId))).model();
        assertEquals(false, model.get("canAllocate"));
    }

    @Test
    void anotherDistrictOrAuthorityOrAMalformedIdIsNotFound() {
        long caseId = seed.openCase(CCC, FENLAND, "Eve Smith", OPENED, null, null, null);
        PageResult notFound = PageResult.notFound();
        assertEquals(notFound, pages.show(FakeRequest.get(worker(JO, CCC, HUNTS_TEAM)).path("caseId", caseId)));
        assertEquals(notFound, pages.show(FakeRequest.get(worker(99, PCC, FENLAND_TEAM)).path("caseId", caseId)));
        assertEquals(notFound, pages.show(FakeRequest.get(manager()).path("caseId", "12abc")));
        assertEquals(notFound, pages.show(FakeRequest.get(manager()).path("caseId", "999999")));
        CurrentUser otherAuthorityManager = new CurrentUser(98L, "m", "M", PCC, "Peterborough", null, null,
                Set.of(FENLAND_TEAM), Set.of(Role.TEAM_MANAGER), Set.of(CaseRecordsModule.ALLOCATE));
        assertEquals(notFound, pages.allocate(FakeRequest.post(otherAuthorityManager).path("caseId", caseId)
                .form("teamId", FENLAND_TEAM).form("leadWorkerId", SAM)));
        assertEquals(0, rows(caseId));
    }

    @Test
    void aTeamInAnotherDistrictTakesTheCaseButTheDistrictFollowsTheFamily() {
        long caseId = seed.openCase(CCC, FENLAND, "Finn Smith", OPENED, null, null, null);
        assertTrue(directory.visibleCase(worker(JO, CCC, HUNTS_TEAM), caseId).isEmpty());
        assertInstanceOf(PageResult.Redirect.class, post(caseId, HUNTS_TEAM, JO, null, LocalDate.of(2026, 11, 2), null));
        assertEquals(FENLAND, record(caseId).districtId());
        assertEquals(HUNTS_TEAM, record(caseId).teamId());
        assertTrue(directory.visibleCase(worker(JO, CCC, HUNTS_TEAM), caseId).isPresent(),
                "Jo sees the case through the allocated-worker rule");
    }

    @Test
    void workersMustBeCaseHoldersInTheChosenTeam() {
        long caseId = seed.openCase(CCC, FENLAND, "Gus Smith", OPENED, null, null, null);
        PageResult wrongTeam = post(caseId, FENLAND_TEAM, JO, null, LocalDate.of(2026, 11, 2), null);
        assertEquals("Select a lead worker who holds cases in Fenland Family Safeguarding team 1",
                errors(wrongTeam).get("leadWorkerId"));
        PageResult clerk = post(caseId, FENLAND_TEAM, CLERK, null, LocalDate.of(2026, 11, 2), null);
        assertTrue(errors(clerk).containsKey("leadWorkerId"), "business support does not hold cases");
        assertEquals(0, rows(caseId));

        Map<String, Object> model = ((PageResult.Page) pages.show(FakeRequest.get(manager()).path("caseId", caseId))).model();
        assertEquals(true, model.get("canAllocate"));
        assertFalse(model.get("leadGroups").toString().contains("Chris Clerk"));
        assertTrue(model.get("leadGroups").toString().contains("Priya Patel, Senior social worker"));
    }

    @Test
    void aChangeMadeMeanwhileIsReportedAndNothingIsSaved() {
        long caseId = seed.openCase(CCC, FENLAND, "Hana Smith", OPENED, null, null, null);
        int seen = version(caseId);
        post(caseId, FENLAND_TEAM, SAM, null, LocalDate.of(2026, 10, 1), null);
        PageResult stale = pages.allocate(FakeRequest.post(manager()).path("caseId", caseId)
                .form("teamId", FENLAND_TEAM).form("leadWorkerId", PRIYA)
                .form("allocatedOnDay", 2).form("allocatedOnMonth", 11).form("allocatedOnYear", 2026)
                .form("version", seen));
        assertEquals(409, ((PageResult.Page) stale).status());
        assertEquals(AllocationPages.CHANGED_MEANWHILE, errors(stale).get("current-allocation"));
        assertEquals(SAM, record(caseId).leadWorkerId());
        assertEquals(1, rows(caseId));
        Map<?, ?> form = (Map<?, ?>) ((PageResult.Page) stale).model().get("form");
        assertEquals(String.valueOf(version(caseId)), form.get("version"), "the form now carries the new version");
        assertEquals(String.valueOf(PRIYA), form.get("leadWorkerId"));
    }
}
