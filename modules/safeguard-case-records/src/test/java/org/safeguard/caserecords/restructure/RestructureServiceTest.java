package org.safeguard.caserecords.restructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.FakeOrganisation;
import org.safeguard.caserecords.model.Allocation;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.ClosureReason;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.Person;
import org.safeguard.caserecords.model.RestructureRecord;
import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.testing.TestDatabase;

/**
 * Restructures against the real schema: the allocation history keeps every old row with the team
 * and district it named, and adds the new ones; a refused change saves nothing; a change whose
 * team step failed is finished by running it again, without doubling anything.
 */
class RestructureServiceTest {

    static final LocalDate ALLOCATED = LocalDate.of(2026, 1, 10);
    static final LocalDate EFFECTIVE = LocalDate.of(2026, 11, 1);

    /** One database for the class (migrating one takes seconds); each test has its own authorities, teams and staff. */
    private static TestDatabase db;
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final long base = RUNS.incrementAndGet() * 1000L;
    final long ccc = base + 1, pcc = base + 2;
    final long fenland = base + 14, hunts = base + 15, city = base + 16, peterborough = base + 20;
    final long fenlandTeam = base + 100, huntsTeam = base + 101, fenlandTeam2 = base + 102, pccTeam = base + 200;
    final long lucy = base + 500, jamal = base + 501, ruth = base + 502, hannah = base + 503, clinician = base + 504,
            manager = base + 505, adminId = base + 900;

    FakeOrganisation organisation;
    FakeOrganisationChanges changes;
    final List<AuditEvent> audited = new ArrayList<>();
    RestructureService service;
    RestructureForms forms;
    final CurrentUser admin = new CurrentUser(adminId, "cambs.admin", "Alison Marsh", ccc, "Cambridgeshire", null, null,
            Set.of(1L), Set.of(Role.AUTHORITY_ADMINISTRATOR), Set.of("case-records.restructure"));

    /** Lucy leads and Jamal co-works case A; Jamal leads B (family in Huntingdonshire); C is closed; Ruth co-works Hannah's D. */
    long caseA, caseB, caseC, caseD;

    @BeforeAll
    static void database() {
        db = TestDatabase.create("restructure-service", "db/case-records/changelog.xml");
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @BeforeEach
    void seed() {
        organisation = new FakeOrganisation()
                .team(fenlandTeam, ccc, fenland, "Fenland Family Safeguarding team 1")
                .team(huntsTeam, ccc, hunts, "Huntingdonshire Family Safeguarding team 1")
                .team(fenlandTeam2, ccc, fenland, "Fenland Family Safeguarding team 2")
                .team(pccTeam, pcc, peterborough, "Peterborough children's team")
                .member(lucy, ccc, "Lucy Fenwick", "1.0", fenlandTeam, Role.SOCIAL_WORKER)
                .member(jamal, ccc, "Jamal Ellison", "1.0", fenlandTeam, Role.SOCIAL_WORKER)
                .member(jamal, ccc, "Jamal Ellison", "1.0", fenlandTeam2, Role.SOCIAL_WORKER)
                .member(ruth, ccc, "Ruth Kingsley", "1.0", fenlandTeam, Role.CHILDRENS_PRACTITIONER)
                .member(hannah, ccc, "Hannah Greaves", "1.0", huntsTeam, Role.SOCIAL_WORKER)
                .member(clinician, ccc, "Eleanor Vance", "0.5", huntsTeam, Role.CLINICIAN)
                .member(manager, ccc, "Caroline Hepworth", "1.0", fenlandTeam2, Role.TEAM_MANAGER)
                .member(base + 600, pcc, "Emily Bretton", "1.0", pccTeam, Role.SOCIAL_WORKER);
        changes = new FakeOrganisationChanges(organisation)
                .district(fenland, ccc, "Fenland")
                .district(hunts, ccc, "Huntingdonshire")
                .district(city, ccc, "Cambridge City")
                .district(peterborough, pcc, "Peterborough");
        CouncilClock clock = new CouncilClock(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        service = new RestructureService(db.factory(), changes, new RecordingAuditLog(audited), clock);
        forms = new RestructureForms(changes, ccc, clock.today());
        caseA = openCase(fenland, fenlandTeam, lucy, "Lucy Fenwick", jamal, "Jamal Ellison", fenlandTeam);
        caseB = openCase(hunts, fenlandTeam, jamal, "Jamal Ellison", null, null, fenlandTeam);
        caseC = openCase(fenland, fenlandTeam, lucy, "Lucy Fenwick", null, null, fenlandTeam);
        Transactions.run(db.factory(), em -> {
            em.find(CaseRecord.class, caseC).close(LocalDate.of(2026, 6, 1), ClosureReason.NEEDS_MET);
            for (Allocation row : em.createQuery("SELECT a FROM Allocation a WHERE a.caseId = :c", Allocation.class)
                    .setParameter("c", caseC).getResultList()) {
                row.end(LocalDate.of(2026, 6, 1));
            }
        });
        caseD = openCase(hunts, huntsTeam, hannah, "Hannah Greaves", ruth, "Ruth Kingsley", fenlandTeam);
    }

    /** A child's case with its family in {@code district}, held by {@code team}; the co-worker may be in another team. */
    long openCase(long district, long team, long lead, String leadName, Long coWorker, String coName, long coTeam) {
        LocalDateTime now = LocalDateTime.of(2026, 1, 10, 9, 0);
        return Transactions.inTransaction(db.factory(), em -> {
            Family family = new Family(ccc, district, "Smith", "1 Station Road", null, "March", "PE15 8AA", now);
            em.persist(family);
            Person child = new Person(ccc, Person.Kind.CHILD, "Amy", "Smith", LocalDate.of(2019, 3, 2),
                    Person.Gender.FEMALE, null, now, null);
            em.persist(child);
            em.flush();
            CaseRecord record = new CaseRecord(ccc, district, family.id(), child.id(), ALLOCATED);
            record.allocate(team, lead, coWorker);
            em.persist(record);
            em.flush();
            em.persist(new Allocation(record.id(), lead, leadName, team, organisation.team(team).orElseThrow().name(),
                    organisation.team(team).orElseThrow().districtId(), Allocation.Role.LEAD, ALLOCATED,
                    "Allocated at referral", 7L, "Team Manager"));
            if (coWorker != null) {
                em.persist(new Allocation(record.id(), coWorker, coName, coTeam, organisation.team(coTeam).orElseThrow().name(),
                        organisation.team(coTeam).orElseThrow().districtId(), Allocation.Role.CO_WORKER, ALLOCATED,
                        "Allocated at referral", 7L, "Team Manager"));
            }
            return record.id();
        });
    }

    /** Oldest first; the lead before the co-worker among rows that start the same day. */
    List<Allocation> history(long caseId) {
        return Transactions.read(db.factory(), em -> em.createQuery(
                        "SELECT a FROM Allocation a WHERE a.caseId = :c ORDER BY a.fromDate, a.role DESC, a.id", Allocation.class)
                .setParameter("c", caseId).getResultList());
    }

    CaseRecord caseRecord(long caseId) {
        return Transactions.read(db.factory(), em -> em.find(CaseRecord.class, caseId));
    }

    List<RestructureRecord> restructures() {
        return service.history(ccc, 0, 25);
    }

    long allocationRows() {
        return Transactions.read(db.factory(), em -> em.createQuery("SELECT COUNT(a) FROM Allocation a, CaseRecord c"
                        + " WHERE a.caseId = c.id AND c.authorityId = :authority", Long.class)
                .setParameter("authority", ccc).getSingleResult());
    }

    RestructureService.TeamMove move(long team, long district, LocalDate on) {
        return new RestructureService.TeamMove(ccc, organisation.team(team).orElseThrow(),
                forms.whereIs(organisation.team(team).orElseThrow()), changes.district(district).orElseThrow(), on);
    }

    RestructureService.TeamMerge merge(long from, long into, LocalDate on) {
        return new RestructureService.TeamMerge(ccc, organisation.team(from).orElseThrow(),
                organisation.team(into).orElseThrow(), on);
    }

    RestructureService.Reassignment reassign(long from, long to, long toTeam, boolean coWorkerCases) {
        return new RestructureService.Reassignment(ccc, changes.staffMember(from).orElseThrow(),
                changes.staffMember(to).orElseThrow(), organisation.team(toTeam).orElseThrow(), null, coWorkerCases,
                EFFECTIVE, "Left the authority");
    }

    static void assertRow(Allocation row, long worker, Allocation.Role role, long team, Long district,
                          LocalDate from, LocalDate to) {
        assertEquals(worker, row.workerId(), "worker");
        assertEquals(role, row.role(), "role");
        assertEquals(team, row.teamId(), "team");
        assertEquals(district, row.districtId(), "district");
        assertEquals(from, row.fromDate(), "from");
        assertEquals(to, row.toDate(), "to");
    }

    @Test
    void movingATeamKeepsTheOldRowsAndAddsRowsInTheNewDistrict() {
        RestructureService.Impact impact = service.impactOf(move(fenlandTeam, city, EFFECTIVE));
        assertEquals(new RestructureService.Impact(3, 2, ALLOCATED), impact, "A, B and D's co-worker; A and B are not in the City");

        RestructureService.Outcome outcome = service.move(move(fenlandTeam, city, EFFECTIVE), admin, "10.0.0.1");

        assertTrue(outcome.done());
        List<Allocation> a = history(caseA);
        assertEquals(4, a.size());
        assertRow(a.get(0), lucy, Allocation.Role.LEAD, fenlandTeam, fenland, ALLOCATED, EFFECTIVE);
        assertRow(a.get(1), jamal, Allocation.Role.CO_WORKER, fenlandTeam, fenland, ALLOCATED, EFFECTIVE);
        Allocation newLead = a.stream().filter(r -> r.current() && r.role() == Allocation.Role.LEAD).findFirst().orElseThrow();
        assertRow(newLead, lucy, Allocation.Role.LEAD, fenlandTeam, city, EFFECTIVE, null);
        assertEquals("Lucy Fenwick", newLead.workerName());
        assertEquals("Fenland Family Safeguarding team 1", newLead.teamName());
        assertEquals("Restructure: Fenland Family Safeguarding team 1 moved from Fenland to Cambridge City", newLead.reason());
        assertEquals(adminId, newLead.allocatedByUserId());
        assertEquals("Alison Marsh", newLead.allocatedByName());
        assertTrue(a.stream().anyMatch(r -> r.current() && r.workerId() == jamal && city == r.districtId()));

        // the case stays where the family lives, with the same team and workers
        CaseRecord recordA = caseRecord(caseA);
        assertEquals(fenland, recordA.districtId());
        assertEquals(fenlandTeam, recordA.teamId());
        assertEquals(lucy, recordA.leadWorkerId());
        assertEquals(hunts, caseRecord(caseB).districtId());

        // Hannah's lead row in another team is untouched; Ruth's co-worker row moved with her team
        List<Allocation> d = history(caseD);
        assertRow(d.get(0), hannah, Allocation.Role.LEAD, huntsTeam, hunts, ALLOCATED, null);
        assertRow(d.get(1), ruth, Allocation.Role.CO_WORKER, fenlandTeam, fenland, ALLOCATED, EFFECTIVE);
        assertRow(d.get(2), ruth, Allocation.Role.CO_WORKER, fenlandTeam, city, EFFECTIVE, null);

        // a closed case's history is left as it was
        List<Allocation> c = history(caseC);
        assertEquals(1, c.size());
        assertEquals(LocalDate.of(2026, 6, 1), c.get(0).toDate());

        RestructureRecord record = restructures().get(0);
        assertEquals(RestructureRecord.Kind.TEAM_MOVED, record.kind());
        assertEquals(3, record.casesMoved());
        assertEquals(EFFECTIVE, record.effectiveOn());
        assertEquals("Alison Marsh", record.performedByName());
        assertEquals(LocalDateTime.of(2026, 11, 25, 10, 0), record.performedAtUtc());
        assertTrue(record.description().startsWith(
                "Fenland Family Safeguarding team 1 moved from Fenland to Cambridge City."), record.description());
        assertTrue(record.description().contains("stay in the districts where their families live"));

        assertEquals(List.of("move " + fenlandTeam + " to " + city), changes.calls);
        assertEquals(Long.valueOf(city), changes.team(fenlandTeam).orElseThrow().districtId());
        assertEquals(1, audited.size());
        assertEquals("restructure.team-move", audited.get(0).action());
        assertEquals("team", audited.get(0).subjectType());
        assertEquals(Long.toString(fenlandTeam), audited.get(0).subjectId());
    }

    @Test
    void aMoveWhoseTeamStepFailedIsFinishedByRunningItAgain() {
        changes.failNext(new IllegalArgumentException("The directory is being maintained"));

        RestructureService.Outcome first = service.move(move(fenlandTeam, city, EFFECTIVE), admin, "10.0.0.1");

        assertFalse(first.done());
        assertTrue(first.unfinished().contains("The directory is being maintained"), first.unfinished());
        assertTrue(first.unfinished().contains("Move the team again"), first.unfinished());
        assertEquals(Long.valueOf(fenland), changes.team(fenlandTeam).orElseThrow().districtId());
        long rows = allocationRows();

        RestructureService.Outcome retry = service.move(move(fenlandTeam, city, EFFECTIVE), admin, "10.0.0.1");

        assertTrue(retry.done());
        assertEquals(rows, allocationRows(), "nothing recorded twice");
        assertEquals(Long.valueOf(city), changes.team(fenlandTeam).orElseThrow().districtId());
        List<RestructureRecord> history = restructures();
        assertEquals(1, history.size(), "the retry finishes the first attempt's row");
        assertEquals(3, history.get(0).casesMoved());
    }

    @Test
    void mergingMovesTheCasesWithTheirWorkersAndKeepsTheOldTeamInTheHistory() {
        int versionBefore = caseRecord(caseA).version();
        RestructureService.Impact impact = service.impactOf(merge(fenlandTeam, fenlandTeam2, EFFECTIVE));
        assertEquals(new RestructureService.Impact(2, 1, ALLOCATED), impact, "A and B; D is co-worked from the team");

        RestructureService.Outcome outcome = service.merge(merge(fenlandTeam, fenlandTeam2, EFFECTIVE), admin, "10.0.0.1");

        assertTrue(outcome.done());
        List<Allocation> a = history(caseA);
        assertEquals(4, a.size());
        assertRow(a.get(0), lucy, Allocation.Role.LEAD, fenlandTeam, fenland, ALLOCATED, EFFECTIVE);
        assertEquals("Fenland Family Safeguarding team 1", a.get(0).teamName(), "the old row still names the old team");
        assertRow(a.get(1), jamal, Allocation.Role.CO_WORKER, fenlandTeam, fenland, ALLOCATED, EFFECTIVE);
        Allocation newLead = a.stream().filter(r -> r.current() && r.role() == Allocation.Role.LEAD).findFirst().orElseThrow();
        assertRow(newLead, lucy, Allocation.Role.LEAD, fenlandTeam2, fenland, EFFECTIVE, null);
        assertEquals("Fenland Family Safeguarding team 2", newLead.teamName());
        assertEquals("Restructure: Fenland Family Safeguarding team 1 merged into Fenland Family Safeguarding team 2",
                newLead.reason());
        assertTrue(a.stream().anyMatch(r -> r.current() && r.workerId() == jamal && r.teamId() == fenlandTeam2
                && r.role() == Allocation.Role.CO_WORKER));

        CaseRecord recordA = caseRecord(caseA);
        assertEquals(fenlandTeam2, recordA.teamId());
        assertEquals(lucy, recordA.leadWorkerId());
        assertEquals(jamal, recordA.coWorkerId());
        assertEquals(versionBefore + 1, recordA.version(), "an edit begun before the merge cannot undo it");
        assertEquals(fenlandTeam2, caseRecord(caseB).teamId());
        assertEquals(fenlandTeam, caseRecord(caseC).teamId(), "a closed case keeps the team that held it");
        assertEquals(huntsTeam, caseRecord(caseD).teamId(), "another team's case keeps its team");
        assertRow(history(caseD).get(2), ruth, Allocation.Role.CO_WORKER, fenlandTeam2, fenland, EFFECTIVE, null);

        RestructureRecord record = restructures().get(0);
        assertEquals(RestructureRecord.Kind.TEAMS_MERGED, record.kind());
        assertEquals(2, record.casesMoved());
        assertTrue(record.description().startsWith(
                "Fenland Family Safeguarding team 1 merged into Fenland Family Safeguarding team 2."), record.description());

        // the team is retired: not offered, still named
        assertFalse(changes.teams(ccc).stream().anyMatch(t -> t.id() == fenlandTeam));
        assertTrue(changes.team(fenlandTeam).isPresent());
        assertTrue(changes.staffMember(lucy).orElseThrow().teamRoles()
                .contains(new org.safeguard.platform.api.organisation.StaffMember.TeamRole(fenlandTeam2, Role.SOCIAL_WORKER)));
        assertEquals("restructure.team-merge", audited.get(0).action());
    }

    @Test
    void mergingIntoAnAuthorityWideTeamRecordsNoDistrict() {
        long countyTeam = base + 103;
        organisation.team(countyTeam, ccc, null, "Adolescent team");

        service.merge(merge(fenlandTeam, countyTeam, EFFECTIVE), admin, "10.0.0.1");

        List<Allocation> a = history(caseA);
        assertRow(a.get(2), lucy, Allocation.Role.LEAD, countyTeam, null, EFFECTIVE, null);
        assertEquals("Adolescent team", a.get(2).teamName());
        assertEquals(countyTeam, caseRecord(caseA).teamId());
        assertEquals(fenland, caseRecord(caseA).districtId());
    }

    @Test
    void aMergeWhoseTeamStepFailedMovesNoCaseTwiceWhenRunAgain() {
        changes.failNext(new IllegalStateException("connection refused"));

        RestructureService.Outcome first = service.merge(merge(fenlandTeam, fenlandTeam2, EFFECTIVE), admin, "10.0.0.1");

        assertFalse(first.done());
        assertTrue(first.unfinished().contains("could not be retired"), first.unfinished());
        assertTrue(first.unfinished().contains("the organisation directory could not be updated"), first.unfinished());
        assertTrue(changes.teams(ccc).stream().anyMatch(t -> t.id() == fenlandTeam), "still offered, to finish the merge");
        assertEquals(fenlandTeam2, caseRecord(caseA).teamId(), "the cases moved first");
        long rows = allocationRows();
        int version = caseRecord(caseA).version();

        RestructureService.Outcome retry = service.merge(merge(fenlandTeam, fenlandTeam2, EFFECTIVE), admin, "10.0.0.1");

        assertTrue(retry.done());
        assertEquals(rows, allocationRows());
        assertEquals(version, caseRecord(caseA).version());
        assertEquals(1, restructures().size());
        assertEquals(2, restructures().get(0).casesMoved());
        assertFalse(changes.teams(ccc).stream().anyMatch(t -> t.id() == fenlandTeam));
    }

    @Test
    void aDateBeforeTheLatestAllocationIsRefusedAndNothingIsSaved() {
        long rows = allocationRows();
        RestructureRefused refused = assertThrows(RestructureRefused.class,
                () -> service.merge(merge(fenlandTeam, fenlandTeam2, ALLOCATED.minusDays(1)), admin, "10.0.0.1"));

        assertEquals("effectiveOnDay", refused.field());
        assertEquals("The date the change takes effect must be on or after 10 January 2026, when one of these cases"
                + " was last allocated", refused.getMessage());
        assertEquals(rows, allocationRows());
        assertEquals(fenlandTeam, caseRecord(caseA).teamId());
        assertTrue(restructures().isEmpty());
        assertTrue(changes.calls.isEmpty(), "the team is not touched when the cases could not be");
        assertTrue(audited.isEmpty());
    }

    @Test
    void reassigningHandsTheLeadAndCoWorkerCasesOnAndKeepsWhoHeldThemBefore() {
        long caseE = openCase(hunts, huntsTeam, hannah, "Hannah Greaves", lucy, "Lucy Fenwick", fenlandTeam);
        assertEquals(new RestructureService.Impact(1, 1, ALLOCATED), service.impactOf(reassign(lucy, hannah, huntsTeam, true)));

        RestructureService.Outcome outcome = service.reassign(reassign(lucy, hannah, huntsTeam, true), admin, "10.0.0.1");

        assertTrue(outcome.done());
        List<Allocation> a = history(caseA);
        assertRow(a.get(0), lucy, Allocation.Role.LEAD, fenlandTeam, fenland, ALLOCATED, EFFECTIVE);
        assertRow(a.get(1), jamal, Allocation.Role.CO_WORKER, fenlandTeam, fenland, ALLOCATED, null);
        assertRow(a.get(2), hannah, Allocation.Role.LEAD, huntsTeam, hunts, EFFECTIVE, null);
        assertEquals("Restructure: cases of Lucy Fenwick reassigned to Hannah Greaves (Left the authority)", a.get(2).reason());
        CaseRecord recordA = caseRecord(caseA);
        assertEquals(hannah, recordA.leadWorkerId());
        assertEquals(huntsTeam, recordA.teamId(), "the case follows its lead worker's team");
        assertEquals(jamal, recordA.coWorkerId());
        assertEquals(fenland, recordA.districtId(), "and stays where the family lives");

        // Lucy co-worked Hannah's case E: Hannah cannot co-work with herself, so the co-worker goes
        List<Allocation> e = history(caseE);
        assertEquals(2, e.size());
        assertRow(e.get(1), lucy, Allocation.Role.CO_WORKER, fenlandTeam, fenland, ALLOCATED, EFFECTIVE);
        assertNull(caseRecord(caseE).coWorkerId());

        assertEquals(1, history(caseC).size(), "a closed case is not reassigned");
        RestructureRecord record = restructures().get(0);
        assertEquals(RestructureRecord.Kind.CASES_REASSIGNED, record.kind());
        assertEquals(2, record.casesMoved());
        assertEquals("Open lead and co-worker cases of Lucy Fenwick reassigned to Hannah Greaves in Huntingdonshire"
                + " Family Safeguarding team 1. Reason: Left the authority", record.description());
        assertTrue(changes.calls.isEmpty(), "no team changes");
        assertEquals("restructure.reassign", audited.get(0).action());
        assertEquals(Long.toString(lucy), audited.get(0).subjectId());
    }

    @Test
    void reassigningToSomeoneWhoCannotHoldCasesInTheTeamSavesNothing() {
        long rows = allocationRows();
        int version = caseRecord(caseA).version();

        RestructureRefused refused = assertThrows(RestructureRefused.class,
                () -> service.reassign(reassign(lucy, clinician, huntsTeam, true), admin, "10.0.0.1"));
        assertEquals("toWorker", refused.field());
        assertEquals("Eleanor Vance does not hold cases in Huntingdonshire Family Safeguarding team 1."
                + " Choose someone with a case-holding role in that team", refused.getMessage());
        // a case holder, but in another team than the one the cases would go to
        assertThrows(RestructureRefused.class,
                () -> service.reassign(reassign(lucy, hannah, fenlandTeam2, false), admin, "10.0.0.1"));

        assertEquals(rows, allocationRows());
        assertEquals(lucy, caseRecord(caseA).leadWorkerId());
        assertEquals(version, caseRecord(caseA).version());
        assertTrue(restructures().isEmpty());
        assertTrue(audited.isEmpty());
    }

    @Test
    void onlyOneTeamsCasesAreReassignedWhenAsked() {
        long otherTeamCase = openCase(fenland, fenlandTeam2, jamal, "Jamal Ellison", null, null, fenlandTeam2);
        RestructureService.Reassignment onlyTeam2 = new RestructureService.Reassignment(ccc,
                changes.staffMember(jamal).orElseThrow(), changes.staffMember(manager).orElseThrow(),
                organisation.team(fenlandTeam2).orElseThrow(), organisation.team(fenlandTeam2).orElseThrow(),
                false, EFFECTIVE, "Changing team");

        service.reassign(onlyTeam2, admin, "10.0.0.1");

        assertEquals(manager, caseRecord(otherTeamCase).leadWorkerId());
        assertEquals(jamal, caseRecord(caseB).leadWorkerId(), "Jamal's case in team 1 stays with him");
        assertEquals(jamal, caseRecord(caseA).coWorkerId());
        assertEquals(1, restructures().get(0).casesMoved());
    }

    /** Keeps what was audited, for the assertions. */
    static final class RecordingAuditLog implements AuditLog {

        private final List<AuditEvent> events;

        RecordingAuditLog(List<AuditEvent> events) {
            this.events = events;
        }

        @Override
        public AuditEntry record(AuditEvent event) {
            events.add(event);
            return new AuditEntry(events.size(), Instant.now(), event, "", "");
        }

        @Override
        public List<AuditEntry> recent(Long authorityId, int offset, int limit) {
            return List.of();
        }

        @Override
        public long count(Long authorityId) {
            return events.size();
        }

        @Override
        public AuditVerification verify() {
            return new AuditVerification(true, events.size(), null);
        }
    }
}
