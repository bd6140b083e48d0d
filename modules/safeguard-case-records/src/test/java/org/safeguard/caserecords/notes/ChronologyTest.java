package org.safeguard.caserecords.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseDirectoryService;
import org.safeguard.caserecords.FakeOrganisation;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.ChronologyEvent;
import org.safeguard.caserecords.api.ChronologySource;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.TestDatabase;

/**
 * The chronology generated from rows in every table the journey writes, seeded with plain SQL so
 * the test depends on the changelog only; then the page, with modules contributing through the whiteboard.
 */
class ChronologyTest {

    private static final long CCC = 1, FENLAND = 14, FENLAND_TEAM = 100;
    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 9, 0);

    private static TestDatabase db;
    private static CaseDirectoryService cases;
    private static long caseId;
    private static long otherCaseId;

    private final CurrentUser worker = FakeRequest.worker(7, CCC, FENLAND_TEAM);

    @BeforeAll
    static void seed() {
        db = TestDatabase.create("notes-chronology", "db/case-records/changelog.xml");
        FakeOrganisation organisation = new FakeOrganisation().team(FENLAND_TEAM, CCC, FENLAND, "Fenland team 1");
        cases = new CaseDirectoryService(db.factory(), new CaseAccessService(organisation, organisation.enablement()));
        Seed seed = new Seed(db);
        long[] amy = seed.openCase(CCC, FENLAND, "Amy", "Smith", LocalDate.of(2026, 3, 2));
        long childId = amy[0], familyId = amy[1];
        caseId = amy[2];
        long[] ben = seed.openCase(CCC, FENLAND, "Ben", "Jones", LocalDate.of(2026, 3, 5));
        otherCaseId = ben[2];

        String contact = "INSERT INTO cr_contact (authority_id, district_id, child_id, family_id, received_on, source, summary,"
                + " status, outcome, decided_on, decided_by_name, mash_entered_on, case_id, recorded_by_name, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        seed.insert(contact, CCC, FENLAND, childId, familyId, LocalDate.of(2025, 6, 10), "SCHOOL", "secret: bruise seen",
                "DECIDED", "NO_FURTHER_ACTION", LocalDate.of(2025, 6, 10), "Dana Duty", null, null, "Cal Centre", AT);
        long contactId = seed.insert(contact, CCC, FENLAND, childId, familyId, LocalDate.of(2026, 3, 1), "POLICE",
                "secret: police called to the house", "DECIDED", "REFERRAL", LocalDate.of(2026, 3, 2), "Dana Duty",
                null, caseId, "Cal Centre", AT);
        seed.insert(contact, CCC, FENLAND, ben[0], ben[1], LocalDate.of(2026, 3, 4), "GP", "another child",
                "AWAITING_DECISION", null, null, null, null, null, "Cal Centre", AT);
        long referralId = seed.insert("INSERT INTO cr_referral (authority_id, case_id, child_id, contact_id, referred_on,"
                + " re_referral) VALUES (?, ?, ?, ?, ?, ?)", CCC, caseId, childId, contactId, LocalDate.of(2026, 3, 2), true);
        seed.insert("INSERT INTO cr_assessment (case_id, referral_id, started_on, due_on, completed_on, outcome, analysis,"
                + " completed_by_name, signed_off_on, signed_off_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                caseId, referralId, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 5), LocalDate.of(2026, 4, 20),
                "CHILD_IN_NEED", "secret analysis", "Sam Worker", LocalDate.of(2026, 4, 21), "Mo Manager");
        String allocation = "INSERT INTO cr_allocation (case_id, worker_id, worker_name, team_id, team_name, district_id,"
                + " role, from_date, to_date, allocated_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        seed.insert(allocation, caseId, 7L, "Sam Worker", FENLAND_TEAM, "Fenland team 1", FENLAND, "LEAD",
                LocalDate.of(2026, 3, 3), null, "Mo Manager");
        seed.insert(allocation, caseId, 8L, "Priya Adult", FENLAND_TEAM, "Fenland team 1", FENLAND, "CO_WORKER",
                LocalDate.of(2026, 3, 10), null, "Mo Manager");
        seed.insert("INSERT INTO cr_strategy_discussion (case_id, held_on, attendees, section47, s47_completed_on,"
                + " s47_outcome, conference_due_on, recorded_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                caseId, LocalDate.of(2026, 4, 22), "secret attendees", true, LocalDate.of(2026, 5, 1), "CONFERENCE",
                LocalDate.of(2026, 5, 13), "Sam Worker");
        String plan = "INSERT INTO cr_plan (case_id, kind, category, started_on, ended_on, end_reason, visit_interval_days)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        seed.insert(plan, caseId, "CHILD_IN_NEED", null, LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 12),
                "STEP_UP_CHILD_PROTECTION", 42);
        long cpPlan = seed.insert(plan, caseId, "CHILD_PROTECTION", "NEGLECT", LocalDate.of(2026, 5, 12), null, null, 28);
        String conference = "INSERT INTO cr_conference (case_id, plan_id, kind, due_on, held_on, outcome, chair_name)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        seed.insert(conference, caseId, null, "INITIAL", LocalDate.of(2026, 5, 13), LocalDate.of(2026, 5, 12), "PLAN", "Irene Chair");
        seed.insert(conference, caseId, cpPlan, "REVIEW", LocalDate.of(2026, 8, 12), null, null, null);
        String note = "INSERT INTO cr_case_note (case_id, kind, occurred_on, child_seen, seen_alone, statutory, body,"
                + " author_user_id, author_name, recorded_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        long visit = seed.insert(note, caseId, "HOME_VISIT", LocalDate.of(2026, 5, 20), true, true, true,
                "secret body", 7L, "Mo Manager", AT, 2);
        seed.insert("INSERT INTO cr_case_note_revision (note_id, revision, kind, occurred_on, child_seen, seen_alone, body,"
                + " author_name, recorded_at, superseded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                visit, 1, "HOME_VISIT", LocalDate.of(2026, 5, 20), true, false, "secret first body", "Sam Worker", AT, AT);
        seed.insert(note, caseId, "SCHOOL_VISIT", LocalDate.of(2026, 5, 21), false, false, false, "secret", 7L, "Sam Worker", AT, 1);
        seed.insert(note, caseId, "NOTE", LocalDate.of(2026, 5, 21), null, null, false, "secret note", 7L, "Sam Worker", AT, 1);
        seed.insert(note, caseId, "PHONE_CALL", LocalDate.of(2026, 5, 22), null, null, false, "secret call", 7L, "Sam Worker", AT, 1);
        seed.insert(note, otherCaseId, "HOME_VISIT", LocalDate.of(2026, 5, 22), true, true, true, "Ben", 7L, "Sam Worker", AT, 1);
        seed.insert("INSERT INTO cr_significant_event (case_id, occurred_on, title, detail, entered_by_name, entered_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", caseId, LocalDate.of(2026, 2, 14), "Family moved to Wisbech",
                "Private rented house", "Sam Worker", AT);
        seed.insert("UPDATE cr_case SET closed_on = ?, closure_reason = ?, stage = 'CLOSED' WHERE id = ?",
                LocalDate.of(2026, 11, 1), "NEEDS_MET", caseId);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    private static ChildCase amy() {
        return cases.findCase(caseId).orElseThrow();
    }

    private static List<String> lines(List<ChronologyEvent> events) {
        List<String> lines = new ArrayList<>();
        for (ChronologyEvent e : events) {
            lines.add(e.date() + " | " + e.category() + " | " + e.summary() + " | " + e.recordedBy());
        }
        return lines;
    }

    @Test
    void everyRecordedEventIsInTheChronologyInJourneyOrder() {
        ChronologyQueries.Own own = new ChronologyQueries(db.factory()).forCase(amy());
        assertFalse(own.truncated());
        assertEquals(List.of(
                "2025-06-10 | Contact | Contact received from a school. Outcome: no further action. | Cal Centre",
                "2026-02-14 | Significant event | Family moved to Wisbech\nPrivate rented house | Sam Worker",
                "2026-03-01 | Contact | Contact received from police. | Cal Centre",
                "2026-03-02 | Contact | Decision on the contact received on 1 March 2026: referral to children's social care. | Dana Duty",
                "2026-03-02 | Case | Case opened | null",
                "2026-03-02 | Referral | Referral (re-referral: another referral within 12 months) | null",
                "2026-03-02 | Assessment | Assessment started, due by 5 May 2026 | null",
                "2026-03-03 | Allocation | Allocated to Sam Worker (Fenland team 1) | Mo Manager",
                "2026-03-10 | Allocation | Co-worker: Priya Adult (Fenland team 1) | Mo Manager",
                "2026-04-20 | Assessment | Assessment completed. Outcome: child in need plan | Sam Worker",
                "2026-04-20 | Plan | Child in need plan started | null",
                "2026-04-21 | Assessment | Assessment signed off | Mo Manager",
                "2026-04-22 | Strategy discussion | Strategy discussion held. Section 47 enquiry: yes | Sam Worker",
                "2026-05-01 | Section 47 enquiry | Section 47 enquiry completed. Outcome: initial child protection conference | null",
                "2026-05-12 | Conference | Initial child protection conference held. Outcome: child protection plan. Chair: Irene Chair | null",
                "2026-05-12 | Plan | Child in need plan ended: stepped up to child protection | null",
                "2026-05-12 | Plan | Child protection plan started. Category: neglect | null",
                "2026-05-20 | Home visit | Child seen: yes, seen alone: yes. Statutory visit | Sam Worker",
                "2026-05-21 | School visit | Child seen: no | Sam Worker",
                "2026-05-22 | Phone call | Phone call recorded in the case notes | Sam Worker",
                "2026-11-01 | Case | Case closed: needs met, plan ended | null"), lines(own.events()));
        assertTrue(own.events().stream().allMatch(e -> ChronologyAssembler.CASE_RECORDS.equals(e.source())));
        assertTrue(own.events().stream().noneMatch(e -> e.summary().contains("secret")),
                "no free text: contact summaries, analyses, attendees and note bodies stay in their records");
    }

    @Test
    void anotherCaseHasOnlyItsOwnEntries() {
        ChronologyQueries.Own own = new ChronologyQueries(db.factory()).forCase(cases.findCase(otherCaseId).orElseThrow());
        assertEquals(List.of(
                "2026-03-04 | Contact | Contact received from a GP. | Cal Centre",
                "2026-03-05 | Case | Case opened | null",
                "2026-05-22 | Home visit | Child seen: yes, seen alone: yes. Statutory visit | Sam Worker"), lines(own.events()));
    }

    @Test
    void thePageMergesEnabledModulesSurvivesAFailingOneAndAuditsTheView() {
        RecordingAuditLog audit = new RecordingAuditLog();
        ModuleEnablement enablement = enabledExcept("switched-off");
        ChronologyPages pages = new ChronologyPages(db.factory(), cases, audit, null, enablement,
                new CouncilClock(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)));
        pages.bindSource(source("placements", List.of(new ChronologyEvent(LocalDate.of(2026, 5, 12), "Placement",
                "Placed with foster carers", "Fran Fostering", "Placements"))));
        pages.bindSource(new ChronologySource() {
            @Override public String moduleId() { return "broken"; }
            @Override public List<ChronologyEvent> events(ChildCase childCase) { throw new IllegalStateException("down"); }
        });
        ChronologySource off = source("switched-off", List.of(new ChronologyEvent(LocalDate.of(2026, 5, 1), "X", "Hidden", null, "Off")));
        pages.bindSource(off);
        pages.unbindSource(off);
        pages.bindSource(off);

        PageResult.Page page = assertInstanceOf(PageResult.Page.class,
                pages.chronology(FakeRequest.get(worker).path("caseId", caseId)));
        assertEquals(200, page.status());
        @SuppressWarnings("unchecked")
        List<ChronologyRow> rows = (List<ChronologyRow>) page.model().get("rows");
        assertEquals(LocalDate.of(2025, 6, 10), rows.get(0).on());
        assertTrue(rows.stream().anyMatch(r -> r.summary().equals(List.of("Placed with foster carers"))
                && r.source().equals("Placements")));
        assertTrue(rows.stream().noneMatch(r -> r.summary().contains("Hidden")));
        assertEquals(List.of("Family moved to Wisbech", "Private rented house"), rows.get(1).summary());
        assertEquals(List.of("broken"), page.model().get("failedModules"));
        assertEquals(List.of("chronology.view"), audit.actions());
        assertEquals("order=oldest", audit.last().detail());
        assertEquals(String.valueOf(caseId), audit.last().subjectId());

        PageResult.Page newest = assertInstanceOf(PageResult.Page.class, pages.chronology(FakeRequest.get(worker)
                .path("caseId", caseId).query("order", "newest").query("print", "1")));
        @SuppressWarnings("unchecked")
        List<ChronologyRow> reversed = (List<ChronologyRow>) newest.model().get("rows");
        assertEquals(LocalDate.of(2026, 11, 1), reversed.get(0).on());
        assertEquals(Boolean.TRUE, newest.model().get("print"));
        assertEquals(Boolean.TRUE, newest.model().get("newestFirst"));
        assertEquals("order=newest print", audit.last().detail());
    }

    @Test
    void aCaseTheUserCannotSeeIsNotFound() {
        ChronologyPages pages = new ChronologyPages(db.factory(), cases, new RecordingAuditLog(), null,
                enabledExcept(), CouncilClock.system());
        CurrentUser elsewhere = FakeRequest.worker(12, 2, FENLAND_TEAM);
        assertEquals(PageResult.notFound(), pages.chronology(FakeRequest.get(elsewhere).path("caseId", caseId)));
        assertEquals(PageResult.notFound(), pages.chronology(FakeRequest.get(worker).path("caseId", "x1")));
    }

    @Test
    void aSignificantEventIsRecordedThenShownInTheChronology() {
        RecordingAuditLog audit = new RecordingAuditLog();
        CouncilClock clock = new CouncilClock(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        SignificantEventPages events = new SignificantEventPages(db.factory(), cases, audit, null, clock);
        Seed seed = new Seed(db);
        long before = seed.count("SELECT COUNT(*) FROM cr_significant_event");
        PageResult invalid = events.record(FakeRequest.post(worker).path("caseId", otherCaseId)
                .form("occurredOnDay", "26").form("occurredOnMonth", "11").form("occurredOnYear", "2026").form("title", ""));
        assertEquals(400, assertInstanceOf(PageResult.Page.class, invalid).status());
        assertEquals(before, seed.count("SELECT COUNT(*) FROM cr_significant_event"));

        PageResult saved = events.record(FakeRequest.post(worker).path("caseId", otherCaseId)
                .form("occurredOnDay", "1").form("occurredOnMonth", "1").form("occurredOnYear", "2024")
                .form("title", "Ben's grandmother died").form("detail", ""));
        assertEquals(new PageResult.Redirect("/cases/" + otherCaseId + "/chronology?done=event"), saved);
        assertEquals("event.record", audit.last().action());
        assertFalse(audit.last().detail().contains("grandmother"), "no free text in the audit");
        List<ChronologyEvent> chronology = new ChronologyQueries(db.factory())
                .forCase(cases.findCase(otherCaseId).orElseThrow()).events();
        assertEquals("2024-01-01 | Significant event | Ben's grandmother died | Worker 7", lines(chronology).get(0));
    }

    private static ChronologySource source(String moduleId, List<ChronologyEvent> events) {
        return new ChronologySource() {
            @Override public String moduleId() { return moduleId; }
            @Override public List<ChronologyEvent> events(ChildCase childCase) { return events; }
        };
    }

    private static ModuleEnablement enabledExcept(String... off) {
        Set<String> disabled = Set.of(off);
        return new ModuleEnablement() {
            @Override
            public boolean isEnabled(String moduleId, Long authorityId, Long districtId) {
                return !disabled.contains(moduleId);
            }

            @Override
            public Enablement enablement(String moduleId, long authorityId) {
                return new Enablement(moduleId, authorityId, true, Set.of());
            }

            @Override
            public void setEnablement(Enablement enablement, CurrentUser actor, String remoteAddress) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
