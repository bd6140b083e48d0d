package org.safeguard.caserecords.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.CaseSettings;
import org.safeguard.caserecords.FakeOrganisation;
import org.safeguard.platform.testing.TestDatabase;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.PageResult;

/** The team caseload and unallocated pages over a real (in-memory) database. */
class CaseloadPagesTest {

    private static final long CCC = 1, PCC = 2, FENLAND = 14, HUNTS = 15, FENLAND_TEAM = 100, HUNTS_TEAM = 101;
    private static final long MANAGER = 50, SAM = 1, PRIYA = 2, CLERK = 4, FORMER = 77;

    private static TestDatabase db;
    private static RecordingAuditLog audit;
    private static CaseloadPages pages;
    private static CaseloadRepository repository;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create("workload-caseload", "db/case-records/changelog.xml");
        Seed seed = new Seed(db);
        FakeOrganisation organisation = new FakeOrganisation()
                .team(FENLAND_TEAM, CCC, FENLAND, "Fenland Family Safeguarding team 1")
                .team(HUNTS_TEAM, CCC, HUNTS, "Huntingdonshire Family Safeguarding team 1")
                .member(MANAGER, CCC, "Alex Manager", "1", FENLAND_TEAM, Role.TEAM_MANAGER)
                .member(SAM, CCC, "Sam Jones", "0.5", FENLAND_TEAM, Role.SOCIAL_WORKER)
                .member(PRIYA, CCC, "Priya Patel", "1", FENLAND_TEAM, Role.SENIOR_SOCIAL_WORKER)
                .member(CLERK, CCC, "Chris Clerk", "1", FENLAND_TEAM, Role.BUSINESS_SUPPORT);
        CaseAccessService access = new CaseAccessService(organisation, organisation.enablement());
        audit = new RecordingAuditLog();
        pages = new CaseloadPages(db.factory(), audit, access, new CaseSettings(db.factory()));
        repository = new CaseloadRepository(db.factory());
        LocalDate opened = LocalDate.of(2026, 6, 1);
        for (int i = 0; i < 11; i++) {
            seed.openCase(CCC, FENLAND, "Child" + i + " Lead", opened.plusDays(i), FENLAND_TEAM, SAM, null);
        }
        seed.openCase(CCC, FENLAND, "Amy Shared", opened, FENLAND_TEAM, PRIYA, SAM);
        seed.openCase(CCC, FENLAND, "Ben Shared", opened, FENLAND_TEAM, PRIYA, SAM);
        // Held by the Fenland team, but the family lives in Huntingdonshire.
        seed.openCase(CCC, HUNTS, "Cara Moved", opened.minusDays(10), FENLAND_TEAM, PRIYA, null);
        long closed = seed.openCase(CCC, FENLAND, "Dan Closed", opened, FENLAND_TEAM, SAM, null);
        seed.close(closed, LocalDate.of(2026, 10, 1));
        seed.openCase(CCC, FENLAND, "Eve Left", opened, FENLAND_TEAM, FORMER, null);
        // Unallocated: three open in Fenland (oldest first: Gus), one closed, one in Huntingdonshire.
        seed.openCase(CCC, FENLAND, "Finn Waiting", LocalDate.of(2026, 11, 20), null, null, null);
        seed.openCase(CCC, FENLAND, "Gus Waiting", LocalDate.of(2026, 11, 2), null, null, null);
        seed.openCase(CCC, FENLAND, "Hana Waiting", LocalDate.of(2026, 11, 10), null, null, null);
        long closedWaiting = seed.openCase(CCC, FENLAND, "Ivy Waiting", LocalDate.of(2026, 10, 2), null, null, null);
        seed.close(closedWaiting, LocalDate.of(2026, 10, 3));
        seed.openCase(CCC, HUNTS, "Jack Waiting", LocalDate.of(2026, 10, 2), null, null, null);
        // Another authority's team with the same id must never add to the counts.
        seed.openCase(PCC, FENLAND, "Kim Other", opened, FENLAND_TEAM, SAM, null);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    private static CurrentUser manager() {
        return new CurrentUser(MANAGER, "alex", "Alex Manager", CCC, "Cambridgeshire", FENLAND, "Fenland",
                Set.of(FENLAND_TEAM), Set.of(Role.TEAM_MANAGER), Set.of(CaseRecordsModule.READ, CaseRecordsModule.ALLOCATE));
    }

    @Test
    void countsAreGroupedPerWorkerOverTheTeamsOpenCases() {
        assertEquals(Map.of(SAM, 11, PRIYA, 3, FORMER, 1), repository.leadCounts(CCC, FENLAND_TEAM));
        assertEquals(Map.of(SAM, 2), repository.coWorkerCounts(CCC, FENLAND_TEAM));
        assertEquals(3, repository.unallocatedCount(CCC, List.of(FENLAND)));
        assertEquals(4, repository.unallocatedCount(CCC, List.of(FENLAND, HUNTS)));
        assertEquals(0, repository.unallocatedCount(CCC, List.of()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCaseloadShowsEachCaseHolderAgainstTheGuideAndHighlightsOverload() {
        int before = audit.actions("caseload.view").size();
        PageResult result = pages.caseload(FakeRequest.get(manager()).path("teamId", FENLAND_TEAM));
        Map<String, Object> model = ((PageResult.Page) result).model();
        List<Caseload.WorkerLoad> workers = (List<Caseload.WorkerLoad>) model.get("workers");
        assertEquals(List.of("Priya Patel", "Sam Jones", "Worker 77"), workers.stream().map(Caseload.WorkerLoad::name)
                .toList(), "business support holds no cases; a manager holding none adds no capacity");
        Caseload.WorkerLoad sam = workers.get(1);
        assertEquals(11, sam.leadCases());
        assertEquals(2, sam.coWorkedCases());
        assertEquals("10", sam.guideText());
        assertEquals(Caseload.Load.OVER, sam.load());
        assertEquals(Caseload.Load.WITHIN, workers.get(0).load());
        assertFalse(workers.get(2).member());
        Caseload.Totals totals = (Caseload.Totals) model.get("totals");
        assertEquals(15, totals.leadCases());
        assertEquals("30", totals.guideText());
        assertEquals(3L, model.get("unallocated"));
        assertEquals(before + 1, audit.actions("caseload.view").size());
        assertEquals("team", audit.actions("caseload.view").get(before).subjectType());
        assertEquals("100", audit.actions("caseload.view").get(before).subjectId());
    }

    @Test
    @SuppressWarnings("unchecked")
    void expandingAWorkerListsTheirCasesWithoutNamingOnesTheManagerCannotSee() {
        PageResult result = pages.caseload(FakeRequest.get(manager()).path("teamId", FENLAND_TEAM).query("worker", PRIYA));
        Map<String, Object> worker = (Map<String, Object>) ((PageResult.Page) result).model().get("worker");
        assertEquals("Priya Patel", worker.get("name"));
        List<Map<String, Object>> cases = (List<Map<String, Object>>) worker.get("cases");
        assertEquals(3, cases.size());
        CaseRow moved = (CaseRow) cases.get(0).get("row");
        assertFalse(moved.visible(), "the oldest, in Huntingdonshire, where the manager has no team");
        assertNull(moved.childName());
        assertEquals("Amy Shared", ((CaseRow) cases.get(1).get("row")).childName());
        assertEquals("Lead worker", cases.get(1).get("role"));

        PageResult sam = pages.caseload(FakeRequest.get(manager()).path("teamId", FENLAND_TEAM).query("worker", SAM)
                .query("page", 1));
        Map<String, Object> samModel = ((PageResult.Page) sam).model();
        assertEquals(13L, ((Map<String, Object>) samModel.get("paging")).get("total"));
        List<Map<String, Object>> samCases = (List<Map<String, Object>>) ((Map<String, Object>) samModel.get("worker")).get("cases");
        assertTrue(samCases.stream().anyMatch(c -> "Co-worker".equals(c.get("role"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void unallocatedCasesAreListedOldestFirst() {
        PageResult result = pages.unallocated(FakeRequest.get(manager()).path("teamId", FENLAND_TEAM));
        Map<String, Object> model = ((PageResult.Page) result).model();
        List<Map<String, Object>> cases = (List<Map<String, Object>>) model.get("cases");
        assertEquals(List.of("Gus Waiting", "Hana Waiting", "Finn Waiting"),
                cases.stream().map(c -> ((CaseRow) c.get("row")).childName()).toList());
        assertEquals(1, audit.actions("unallocated.view").size());
    }

    @Test
    void anotherTeamOrAMalformedIdIsNotFound() {
        PageResult notFound = PageResult.notFound();
        assertEquals(notFound, pages.caseload(FakeRequest.get(manager()).path("teamId", HUNTS_TEAM)));
        assertEquals(notFound, pages.caseload(FakeRequest.get(manager()).path("teamId", "x1")));
        assertEquals(notFound, pages.caseload(FakeRequest.get(manager()).path("teamId", FENLAND_TEAM).query("worker", "abc")));
        assertEquals(notFound, pages.unallocated(FakeRequest.get(manager()).path("teamId", HUNTS_TEAM)));
        CurrentUser otherAuthority = new CurrentUser(60L, "p", "P", PCC, "Peterborough", null, null, Set.of(FENLAND_TEAM),
                Set.of(Role.TEAM_MANAGER), Set.of(CaseRecordsModule.ALLOCATE));
        assertEquals(notFound, pages.caseload(FakeRequest.get(otherAuthority).path("teamId", FENLAND_TEAM)));
    }
}
