package org.safeguard.caserecords.workload;

import static org.safeguard.caserecords.TestCalendars.WEEKDAYS_ONLY;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.CaseSettings;
import org.safeguard.caserecords.FakeOrganisation;
import org.safeguard.caserecords.api.WorkTrayItem;
import org.safeguard.caserecords.api.WorkTraySource;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.TestDatabase;

/**
 * The work tray over a real (in-memory) database. Today is Wednesday 25 November 2026; "due soon"
 * is five working days, up to Wednesday 2 December (weekends only, no bank holidays here).
 */
class WorkTrayPagesTest {

    private static final long CCC = 1, FENLAND = 14, FENLAND_TEAM = 100, HUNTS_TEAM = 101;
    private static final long MANAGER = 50, SAM = 1, PRIYA = 2;
    private static final LocalDate OPENED = LocalDate.of(2026, 6, 1);

    private static TestDatabase db;
    private static RecordingAuditLog audit;
    private static WorkTrayPages pages;
    private static final AtomicBoolean disabledSourceAsked = new AtomicBoolean();

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create("workload-work-tray", "db/case-records/changelog.xml");
        Seed seed = new Seed(db);
        FakeOrganisation organisation = new FakeOrganisation()
                .team(FENLAND_TEAM, CCC, FENLAND, "Fenland Family Safeguarding team 1")
                .team(HUNTS_TEAM, CCC, 15L, "Huntingdonshire Family Safeguarding team 1")
                .member(MANAGER, CCC, "Alex Manager", "1", FENLAND_TEAM, Role.TEAM_MANAGER)
                .member(SAM, CCC, "Sam Jones", "1", FENLAND_TEAM, Role.SOCIAL_WORKER)
                .member(PRIYA, CCC, "Priya Patel", "1", FENLAND_TEAM, Role.SENIOR_SOCIAL_WORKER);
        ModuleEnablement everywhere = organisation.enablement();
        ModuleEnablement enablement = new ModuleEnablement() {
            @Override
            public boolean isEnabled(String moduleId, Long authorityId, Long districtId) {
                return !"disabled-module".equals(moduleId) && everywhere.isEnabled(moduleId, authorityId, districtId);
            }

            @Override
            public Enablement enablement(String moduleId, long authorityId) {
                return everywhere.enablement(moduleId, authorityId);
            }

            @Override
            public void setEnablement(Enablement enablement, CurrentUser actor, String remoteAddress) {
                throw new UnsupportedOperationException();
            }
        };
        audit = new RecordingAuditLog();
        CouncilClock clock = new CouncilClock(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        pages = new WorkTrayPages(db.factory(), audit, new CaseAccessService(organisation, enablement),
                new CaseSettings(db.factory()), WEEKDAYS_ONLY, clock);
        pages.bindSource(source("fostering", List.of(
                new WorkTrayItem("Placement review", "Placement review", 900L, "Zoe Foster", LocalDate.of(2026, 11, 2),
                        SAM, "Sam Jones", "/fostering/900"),
                new WorkTrayItem("Health check", "Annual health check", 901L, "Yan Foster", LocalDate.of(2026, 11, 30),
                        PRIYA, "Priya Patel", "/fostering/901"))));
        pages.bindSource(new WorkTraySource() {
            @Override public String moduleId() { return "broken"; }
            @Override public List<WorkTrayItem> items(Set<Long> teamIds, LocalDate dueBy) { throw new IllegalStateException("boom"); }
        });
        pages.bindSource(new WorkTraySource() {
            @Override public String moduleId() { return "disabled-module"; }
            @Override public List<WorkTrayItem> items(Set<Long> teamIds, LocalDate dueBy) {
                disabledSourceAsked.set(true);
                return List.of();
            }
        });

        long amy = open(seed, "Amy Overdue", SAM);
        seed.assessment(amy, OPENED, LocalDate.of(2026, 11, 20), null, null);
        long ben = open(seed, "Ben Soon", SAM);
        seed.assessment(ben, OPENED, LocalDate.of(2026, 11, 27), null, null);
        seed.assessment(ben, OPENED, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 7, 30), LocalDate.of(2026, 8, 2));
        long cara = open(seed, "Cara Later", SAM);
        seed.assessment(cara, OPENED, LocalDate.of(2026, 12, 20), null, null);
        long dan = open(seed, "Dan Conference", SAM);
        seed.conference(dan, "INITIAL", LocalDate.of(2026, 12, 1), null);
        seed.conference(dan, "INITIAL", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1));
        long eve = open(seed, "Eve Protected", SAM);
        seed.plan(eve, "CHILD_PROTECTION", LocalDate.of(2025, 6, 1), 28, LocalDate.of(2026, 11, 30));
        seed.note(eve, "HOME_VISIT", LocalDate.of(2026, 10, 20), true);
        seed.note(eve, "PHONE_CALL", LocalDate.of(2026, 11, 24), true);
        seed.note(eve, "HOME_VISIT", LocalDate.of(2026, 11, 23), false);
        long finn = open(seed, "Finn Need", SAM);
        seed.plan(finn, "CHILD_IN_NEED", LocalDate.of(2026, 10, 20), 42, null);
        long gus = open(seed, "Gus Visited", SAM);
        seed.plan(gus, "CHILD_PROTECTION", LocalDate.of(2026, 10, 1), 28, LocalDate.of(2026, 11, 24));
        seed.note(gus, "SCHOOL_VISIT", LocalDate.of(2026, 11, 20), true);
        seed.conference(gus, "REVIEW", LocalDate.of(2026, 11, 24), null);
        long hana = open(seed, "Hana Completed", SAM);
        seed.assessment(hana, OPENED, LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 18), null);
        long ivy = open(seed, "Ivy Closed", SAM);
        seed.assessment(ivy, OPENED, LocalDate.of(2026, 11, 1), null, null);
        seed.close(ivy, LocalDate.of(2026, 11, 2));
        // Closed on "no further action" before the manager signed the assessment off: still theirs to sign.
        long nia = open(seed, "Nia ClosedRecently", SAM);
        seed.assessment(nia, OPENED, LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 5), null);
        seed.close(nia, LocalDate.of(2026, 11, 6));
        long olly = open(seed, "Olly ClosedLongAgo", SAM);
        seed.assessment(olly, OPENED, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 7, 10), null);
        seed.close(olly, LocalDate.of(2026, 7, 11));
        long ended = open(seed, "Kit Ended", SAM);
        seed.endPlan(seed.plan(ended, "CHILD_PROTECTION", LocalDate.of(2024, 1, 1), 28, null), LocalDate.of(2026, 1, 1));
        long jack = open(seed, "Jack Priya", PRIYA);
        seed.assessment(jack, OPENED, LocalDate.of(2026, 11, 19), null, null);
        for (int i = 0; i < 12; i++) {
            long bulk = open(seed, "Bulk" + (char) ('A' + i) + " Overdue", PRIYA);
            seed.assessment(bulk, OPENED, LocalDate.of(2026, 11, 1).plusDays(i), null, null);
        }
        long elsewhere = seed.openCase(CCC, 15L, "Kim Elsewhere", OPENED, HUNTS_TEAM, 3L, null);
        seed.assessment(elsewhere, OPENED, LocalDate.of(2026, 11, 1), null, null);
        long elsewhereDone = seed.openCase(CCC, 15L, "Max Elsewhere", OPENED, HUNTS_TEAM, 3L, null);
        seed.assessment(elsewhereDone, OPENED, LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 10), null);
        seed.openCase(CCC, FENLAND, "Leo Waiting", LocalDate.of(2026, 11, 20), null, null, null);
    }

    private static long open(Seed seed, String name, long lead) {
        return seed.openCase(CCC, FENLAND, name, OPENED, FENLAND_TEAM, lead, null);
    }

    private static WorkTraySource source(String moduleId, List<WorkTrayItem> items) {
        return new WorkTraySource() {
            @Override public String moduleId() { return moduleId; }
            @Override public List<WorkTrayItem> items(Set<Long> teamIds, LocalDate dueBy) {
                return teamIds.contains(FENLAND_TEAM) ? items : List.of();
            }
        };
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    private static CurrentUser manager() {
        return new CurrentUser(MANAGER, "alex", "Alex Manager", CCC, "Cambridgeshire", FENLAND, "Fenland",
                Set.of(FENLAND_TEAM), Set.of(Role.TEAM_MANAGER), Set.of(CaseRecordsModule.READ, CaseRecordsModule.ALLOCATE));
    }

    private static CurrentUser sam() {
        return new CurrentUser(SAM, "sam", "Sam Jones", CCC, "Cambridgeshire", FENLAND, "Fenland",
                Set.of(FENLAND_TEAM), Set.of(Role.SOCIAL_WORKER), Set.of(CaseRecordsModule.READ));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, WorkTrayPages.SectionView> sections(PageResult result) {
        List<WorkTrayPages.SectionView> views = (List<WorkTrayPages.SectionView>) ((PageResult.Page) result).model().get("sections");
        return views.stream().collect(Collectors.toMap(WorkTrayPages.SectionView::id, v -> v));
    }

    private static List<String> children(WorkTrayPages.SectionView view) {
        return view.entries().stream().map(WorkTray.Entry::childName).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTeamTrayGroupsTheTeamsStatutoryTasks() {
        int before = audit.actions("worktray.view").size();
        PageResult result = pages.show(FakeRequest.get(manager()));
        Map<String, WorkTrayPages.SectionView> sections = sections(result);

        WorkTrayPages.SectionView overdue = sections.get("overdue");
        // 12 bulk + Amy + Jack + Eve's visit + Gus's review + the fostering item.
        assertEquals(17, overdue.total());
        assertEquals(WorkTray.SHOWN_PER_SECTION, overdue.entries().size());
        assertEquals(7, overdue.more());
        assertEquals("/cases/work-tray?team=100&section=overdue&page=1", overdue.moreHref());
        assertEquals("BulkA Overdue", overdue.entries().get(0).childName());
        assertEquals("BulkB Overdue", overdue.entries().get(1).childName());
        assertEquals("Zoe Foster", overdue.entries().get(2).childName(), "also 2 November, from the fostering module");

        WorkTrayPages.SectionView dueSoon = sections.get("due-soon");
        assertEquals(List.of("Ben Soon", "Eve Protected", "Yan Foster", "Dan Conference", "Finn Need"), children(dueSoon));
        assertEquals("Review conference", dueSoon.entries().get(1).kind());
        assertEquals("Due in the next 5 working days", dueSoon.heading());

        assertEquals(List.of("Nia ClosedRecently", "Hana Completed"), children(sections.get("sign-off")),
                "completed and not signed off, the case open or closed in the last 3 months; not another team's");
        assertEquals(1, sections.get("unallocated").total());
        assertEquals("Leo Waiting", sections.get("unallocated").entries().get(0).childName());
        assertTrue(sections.get("unallocated").entries().get(0).href().endsWith("/allocation"));
        assertEquals(List.of("Eve Protected"), children(sections.get("long-plans")));

        List<String> allChildren = sections.values().stream().flatMap(v -> v.entries().stream())
                .map(WorkTray.Entry::childName).toList();
        assertFalse(allChildren.contains("Cara Later"), "due after the window");
        assertFalse(allChildren.contains("Ivy Closed"), "closed case");
        assertFalse(allChildren.contains("Kim Elsewhere"), "another team");
        assertFalse(allChildren.contains("Kit Ended"), "plan ended");

        Map<String, Object> model = ((PageResult.Page) result).model();
        assertEquals(List.of("broken"), model.get("failedSources"));
        assertFalse(disabledSourceAsked.get(), "a module disabled for the team's district is not asked");
        assertEquals(before + 1, audit.actions("worktray.view").size());
        assertEquals("100", audit.actions("worktray.view").get(before).subjectId());
    }

    @Test
    void aSectionInFullIsPaged() {
        PageResult result = pages.show(FakeRequest.get(manager()).query("team", FENLAND_TEAM).query("section", "overdue"));
        PageResult.Page page = (PageResult.Page) result;
        assertEquals(WorkTrayPages.SECTION_TEMPLATE, page.template());
        WorkTrayPages.SectionView section = (WorkTrayPages.SectionView) page.model().get("section");
        assertEquals(17, section.entries().size());
        assertEquals(17, section.total());
        assertEquals(1, section.entries().stream().filter(e -> "Gus Visited".equals(e.childName())).count(),
                "the booked review once, not again from the plan's next review date; the visit is not due yet");
        assertEquals("Review conference", section.entries().get(16).kind());
        @SuppressWarnings("unchecked")
        Map<String, Object> paging = (Map<String, Object>) page.model().get("paging");
        assertEquals(17L, paging.get("total"));
    }

    @Test
    void aWorkerWithoutTheAllocatePermissionSeesOnlyTheirOwnTasks() {
        Map<String, WorkTrayPages.SectionView> sections = sections(pages.show(FakeRequest.get(sam()).query("team", 999)));
        assertEquals(Set.of("overdue", "due-soon", "long-plans"), sections.keySet());
        assertEquals(List.of("Zoe Foster", "Eve Protected", "Amy Overdue", "Gus Visited"), children(sections.get("overdue")));
        assertEquals(List.of("Ben Soon", "Eve Protected", "Dan Conference", "Finn Need"), children(sections.get("due-soon")));
        assertEquals("user", audit.events.get(audit.events.size() - 1).subjectType());
        assertEquals(PageResult.notFound(), pages.show(FakeRequest.get(sam()).query("section", "sign-off")));
    }

    @Test
    void aManagerCanSeeTheirOwnTray() {
        PageResult result = pages.show(FakeRequest.get(manager()).query("view", "mine"));
        assertEquals(true, ((PageResult.Page) result).model().get("mine"));
        assertTrue(sections(result).get("overdue").entries().isEmpty());
    }

    @Test
    void anotherTeamOrAnUnknownSectionIsNotFound() {
        assertEquals(PageResult.notFound(), pages.show(FakeRequest.get(manager()).query("team", HUNTS_TEAM)));
        assertEquals(PageResult.notFound(), pages.show(FakeRequest.get(manager()).query("team", "1x")));
        assertEquals(PageResult.notFound(), pages.show(FakeRequest.get(manager()).query("section", "everything")));
        assertEquals(PageResult.redirect("/cases/teams/100/unallocated"),
                pages.show(FakeRequest.get(manager()).query("section", "unallocated")));
    }
}
