package org.safeguard.caserecords.journey;

import static org.safeguard.caserecords.TestCalendars.CHRISTMAS_2026;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseDirectoryService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.CaseSettings;
import org.safeguard.caserecords.FakeOrganisation;
import org.safeguard.caserecords.model.Assessment;
import org.safeguard.caserecords.model.AuthoritySettings;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.Person;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.TestDatabase;

/**
 * The case page and the journey's forms against a real (Derby) database migrated by the module's
 * changelog: a case walked from referral to closure, and every way a step is refused without
 * writing anything.
 */
class JourneyPagesTest {

    private static final long CCC = 1, PCC = 2, FENLAND = 14, HUNTS = 15, FENLAND_TEAM = 100, HUNTS_TEAM = 101;
    private static final long WORKER = 500, MANAGER = 501, HUNTS_WORKER = 502;

    private static TestDatabase db;
    private static FakeAuditLog audit;
    private static MutableClock clock;
    private static CaseSettings settings;
    private static JourneyPages pages;
    private static long familyId;
    private static long childId;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create("journey-pages", "db/case-records/changelog.xml");
        FakeOrganisation organisation = new FakeOrganisation()
                .team(FENLAND_TEAM, CCC, FENLAND, "Fenland Family Safeguarding team 1")
                .team(HUNTS_TEAM, CCC, HUNTS, "Huntingdonshire Family Safeguarding team 1")
                .member(WORKER, CCC, "Sam Okafor", "1.0", FENLAND_TEAM, Role.SOCIAL_WORKER)
                .member(MANAGER, CCC, "Alex Manager", "1.0", FENLAND_TEAM, Role.TEAM_MANAGER);
        CaseDirectoryService cases = new CaseDirectoryService(db.factory(),
                new CaseAccessService(organisation, organisation.enablement()));
        audit = new FakeAuditLog();
        clock = new MutableClock(LocalDate.of(2026, 12, 1));
        settings = new CaseSettings(db.factory());
        pages = new JourneyPages(db.factory(), cases, organisation, audit, (type, id, user) -> List.of(),
                CHRISTMAS_2026, settings, new CouncilClock(clock));
        LocalDateTime now = LocalDateTime.of(2026, 11, 2, 9, 0);
        Transactions.run(db.factory(), em -> {
            Family family = new Family(CCC, FENLAND, "Smith", "1 Station Road", null, "March", "PE15 8AA", now);
            Person amy = new Person(CCC, Person.Kind.CHILD, "Amy", "Smith", LocalDate.of(2019, 3, 2),
                    Person.Gender.FEMALE, null, now, null);
            em.persist(family);
            em.persist(amy);
            em.flush();
            familyId = family.id();
            childId = amy.id();
        });
    }

    @AfterAll
    static void tearDown() throws Exception {
        db.close();
    }

    @BeforeEach
    void fresh() {
        audit.clear();
        clock.setToday(LocalDate.of(2026, 12, 1));
    }

    // ----- the whole journey -----

    @Test
    void aCaseWalksFromAssessmentThroughChildProtectionToClosure() throws Exception {
        settings.save(CCC, 20, 21, 35, 5);
        try {
            long caseId = newCase(LocalDate.of(2026, 11, 2), true, true);

            // 1 December: the summary shows the assessment due over Christmas, and what can be done
            PageResult summary = pages.summary(FakeRequest.get(worker(), caseId));
            String html = Render.page(summary);
            assertTrue(html.contains("7 January 2027"), "45 working days skipping 25, 28 Dec and 1 Jan");
            assertTrue(html.contains("On time"));
            assertTrue(html.contains("Re-referral"));
            assertTrue(html.contains("<a class=\"govuk-link\" href=\"/cases/contacts/"), "the referral links to its contact");
            assertTrue(html.contains("Sam Okafor"));
            assertTrue(html.contains("Fenland Family Safeguarding team 1"));
            assertTrue(html.contains("href=\"/cases/" + caseId + "/assessment/complete\""));
            assertFalse(html.contains("/assessment/sign-off"));
            assertEquals(List.of("case.view"), audit.actions());

            // 10 December: assessment completed, child protection
            clock.setToday(LocalDate.of(2026, 12, 10));
            PageResult done = pages.submit(FakeRequest.post(worker(), caseId).form("version", version(caseId))
                    .date("completedOn", LocalDate.of(2026, 12, 10)).form("outcome", "CHILD_PROTECTION")
                    .form("analysis", "Unexplained bruising seen by school; father's account inconsistent."),
                    JourneyAction.COMPLETE_ASSESSMENT);
            assertEquals(new PageResult.Redirect("/cases/" + caseId + "?done=assessment-completed"), done);
            assertEquals("CHILD_PROTECTION_ENQUIRY", caseRow(caseId).get("STAGE"));
            AuditEvent completed = audit.events.get(audit.events.size() - 1);
            assertEquals("assessment.complete", completed.action());
            assertEquals("case", completed.subjectType());
            assertEquals(String.valueOf(caseId), completed.subjectId());
            assertTrue(completed.detail().endsWith("outcome=CHILD_PROTECTION;stage=ASSESSMENT>CHILD_PROTECTION_ENQUIRY"),
                    completed.detail());
            assertFalse(completed.detail().contains("bruising"), "free text never goes to the audit log");

            // the manager signs it off
            clock.setToday(LocalDate.of(2026, 12, 11));
            int beforeSignOff = version(caseId);
            assertInstanceOf(PageResult.Redirect.class, pages.submit(FakeRequest.post(manager(), caseId)
                    .form("version", beforeSignOff).date("signedOffOn", LocalDate.of(2026, 12, 11)),
                    JourneyAction.SIGN_OFF_ASSESSMENT));
            assertEquals(beforeSignOff + 1, version(caseId), "a step that leaves the case row as it was still moves its version");
            Map<String, Object> assessment = rows("SELECT * FROM cr_assessment WHERE case_id = ?", caseId).get(0);
            assertEquals(Date.valueOf("2026-12-11"), assessment.get("SIGNED_OFF_ON"));
            assertEquals("Alex Manager", assessment.get("SIGNED_OFF_BY_NAME"));
            assertEquals("CHILD_PROTECTION", assessment.get("OUTCOME"));

            // 18 December: strategy discussion starts a s.47 enquiry; the ICPC is due 15 working days on
            clock.setToday(LocalDate.of(2026, 12, 18));
            assertInstanceOf(PageResult.Redirect.class, pages.submit(FakeRequest.post(worker(), caseId)
                    .form("version", version(caseId)).date("heldOn", LocalDate.of(2026, 12, 18))
                    .form("attendees", "Police, school, health visitor, social worker").form("section47", "yes"),
                    JourneyAction.RECORD_STRATEGY_DISCUSSION));
            Map<String, Object> strategy = rows("SELECT * FROM cr_strategy_discussion WHERE case_id = ?", caseId).get(0);
            assertEquals(Boolean.TRUE, strategy.get("SECTION47"));
            assertEquals(Date.valueOf("2027-01-13"), strategy.get("CONFERENCE_DUE_ON"));
            List<Map<String, Object>> conferences = rows("SELECT * FROM cr_conference WHERE case_id = ? ORDER BY id", caseId);
            assertEquals(1, conferences.size());
            assertEquals("INITIAL", conferences.get(0).get("KIND"));
            assertEquals(Date.valueOf("2027-01-13"), conferences.get(0).get("DUE_ON"));
            assertNull(conferences.get(0).get("HELD_ON"));

            // 8 January: enquiry done, to conference; the ICPC (13 Jan) is 3 working days away: due soon
            clock.setToday(LocalDate.of(2027, 1, 8));
            assertInstanceOf(PageResult.Redirect.class, pages.submit(FakeRequest.post(worker(), caseId)
                    .form("version", version(caseId)).date("completedOn", LocalDate.of(2027, 1, 8))
                    .form("outcome", "CONFERENCE"), JourneyAction.RECORD_SECTION_47_OUTCOME));
            html = Render.page(pages.summary(FakeRequest.get(worker(), caseId).query("done", "section47-recorded")));
            assertTrue(html.contains("Section 47 enquiry outcome recorded"));
            assertTrue(html.contains("13 January 2027"));
            assertTrue(html.contains("govuk-tag govuk-tag--yellow\">Due soon"));
            assertTrue(html.contains("href=\"/cases/" + caseId + "/conference/initial\""));

            // 12 January: the ICPC makes a CP plan (neglect); the first review is due 3 months on
            clock.setToday(LocalDate.of(2027, 1, 12));
            assertInstanceOf(PageResult.Redirect.class, pages.submit(FakeRequest.post(worker(), caseId)
                    .form("version", version(caseId)).date("heldOn", LocalDate.of(2027, 1, 12))
                    .form("chairName", "Jo Chair").form("outcome", "PLAN").form("category", "NEGLECT"),
                    JourneyAction.RECORD_INITIAL_CONFERENCE));
            assertEquals("CHILD_PROTECTION", caseRow(caseId).get("STAGE"));
            List<Map<String, Object>> plans = rows("SELECT * FROM cr_plan WHERE case_id = ? ORDER BY id", caseId);
            assertEquals(1, plans.size());
            Map<String, Object> cpPlan = plans.get(0);
            assertEquals("CHILD_PROTECTION", cpPlan.get("KIND"));
            assertEquals("NEGLECT", cpPlan.get("CATEGORY"));
            assertEquals(Date.valueOf("2027-01-12"), cpPlan.get("STARTED_ON"));
            assertEquals(21, cpPlan.get("VISIT_INTERVAL_DAYS"), "the authority's setting when the plan started");
            assertEquals(Date.valueOf("2027-04-12"), cpPlan.get("NEXT_REVIEW_DUE_ON"));
            conferences = rows("SELECT * FROM cr_conference WHERE case_id = ? ORDER BY id", caseId);
            assertEquals(2, conferences.size());
            assertEquals("PLAN", conferences.get(0).get("OUTCOME"));
            assertEquals("Jo Chair", conferences.get(0).get("CHAIR_NAME"));
            assertEquals(cpPlan.get("ID"), conferences.get(0).get("PLAN_ID"));
            assertEquals("REVIEW", conferences.get(1).get("KIND"));
            assertEquals(Date.valueOf("2027-04-12"), conferences.get(1).get("DUE_ON"));
            assertEquals(cpPlan.get("ID"), conferences.get(1).get("PLAN_ID"));
            assertTrue(audit.actions().containsAll(List.of("conference.record", "plan.start")));

            // the authority changes its visit frequencies: the running plan keeps 21 days
            settings.save(CCC, 20, 28, 35, 5);
            // visits: only a visit with the child seen counts
            note(caseId, "HOME_VISIT", LocalDate.of(2027, 2, 1), true);
            note(caseId, "PHONE_CALL", LocalDate.of(2027, 2, 20), true);
            note(caseId, "HOME_VISIT", LocalDate.of(2027, 2, 21), false);
            clock.setToday(LocalDate.of(2027, 2, 24));
            html = Render.page(pages.summary(FakeRequest.get(worker(), caseId)));
            assertTrue(html.contains("Next statutory visit (CP visit)"));
            assertTrue(html.contains("child last seen on a visit 1 February 2027"));
            assertTrue(html.contains("22 February 2027"), "1 February + 21 days");
            assertTrue(html.contains("govuk-tag govuk-tag--red\">Overdue"));
            assertTrue(html.contains("12 April 2027"), "the first review");

            // 6 April: the first review continues the plan; the next is 6 months on
            clock.setToday(LocalDate.of(2027, 4, 6));
            assertInstanceOf(PageResult.Redirect.class, pages.submit(FakeRequest.post(worker(), caseId)
                    .form("version", version(caseId)).date("heldOn", LocalDate.of(2027, 4, 6)).form("outcome", "CONTINUE"),
                    JourneyAction.RECORD_REVIEW_CONFERENCE));
            assertEquals(Date.valueOf("2027-10-06"), plan(caseId, 0).get("NEXT_REVIEW_DUE_ON"));
            conferences = rows("SELECT * FROM cr_conference WHERE case_id = ? AND held_on IS NULL", caseId);
            assertEquals(1, conferences.size());
            assertEquals(Date.valueOf("2027-10-06"), conferences.get(0).get("DUE_ON"));

            // 5 October: the second review ends the plan and steps down to child in need
            clock.setToday(LocalDate.of(2027, 10, 5));
            assertInstanceOf(PageResult.Redirect.class, pages.submit(FakeRequest.post(worker(), caseId)
                    .form("version", version(caseId)).date("heldOn", LocalDate.of(2027, 10, 5))
                    .form("outcome", "END_PLAN").form("nextStep", "CHILD_IN_NEED"), JourneyAction.RECORD_REVIEW_CONFERENCE));
            assertEquals("CHILD_IN_NEED", caseRow(caseId).get("STAGE"));
            Map<String, Object> endedCp = plan(caseId, 0);
            assertEquals(Date.valueOf("2027-10-05"), endedCp.get("ENDED_ON"));
            assertEquals("STEP_DOWN_CHILD_IN_NEED", endedCp.get("END_REASON"));
            assertNull(endedCp.get("NEXT_REVIEW_DUE_ON"));
            Map<String, Object> cinPlan = plan(caseId, 1);
            assertEquals("CHILD_IN_NEED", cinPlan.get("KIND"));
            assertEquals(Date.valueOf("2027-10-05"), cinPlan.get("STARTED_ON"));
            assertEquals(35, cinPlan.get("VISIT_INTERVAL_DAYS"));
            assertNull(cinPlan.get("ENDED_ON"));
            assertTrue(rows("SELECT * FROM cr_conference WHERE case_id = ? AND held_on IS NULL", caseId).isEmpty());

            // 1 November: closed, needs met; the CIN plan ends with the case
            clock.setToday(LocalDate.of(2027, 11, 1));
            assertInstanceOf(PageResult.Redirect.class, pages.submit(FakeRequest.post(worker(), caseId)
                    .form("version", version(caseId)).date("closedOn", LocalDate.of(2027, 11, 1)).form("reason", "NEEDS_MET"),
                    JourneyAction.CLOSE_CASE));
            Map<String, Object> closed = caseRow(caseId);
            assertEquals("CLOSED", closed.get("STAGE"));
            assertEquals(Date.valueOf("2027-11-01"), closed.get("CLOSED_ON"));
            assertEquals("NEEDS_MET", closed.get("CLOSURE_REASON"));
            assertEquals("CASE_CLOSED", plan(caseId, 1).get("END_REASON"));
            assertEquals(Date.valueOf("2027-11-01"), plan(caseId, 1).get("ENDED_ON"));

            html = Render.page(pages.summary(FakeRequest.get(worker(), caseId).query("done", "closed")));
            assertTrue(html.contains("Case closed"));
            assertTrue(html.contains("Needs met, plan ended"));
            assertFalse(html.contains("<h2 class=\"govuk-heading-m\">Actions</h2>"), "nothing left to do");

            List<String> actions = audit.actions();
            for (String expected : List.of("case.view", "assessment.complete", "assessment.signoff", "strategy.record",
                    "s47.record", "conference.record", "plan.start", "plan.end", "case.close")) {
                assertTrue(actions.contains(expected), expected + " in " + actions);
            }
        } finally {
            settings.save(CCC, AuthoritySettings.DEFAULT_CASES_PER_FTE, AuthoritySettings.DEFAULT_CP_VISIT_DAYS,
                    AuthoritySettings.DEFAULT_CIN_VISIT_DAYS, AuthoritySettings.DEFAULT_DUE_SOON_WORKING_DAYS);
        }
    }

    @Test
    void childInNeedStartsAPlanAndStepsDownToEarlyHelp() throws Exception {
        long caseId = newCase(LocalDate.of(2026, 11, 2), true, false);
        assertInstanceOf(PageResult.Redirect.class, complete(caseId, LocalDate.of(2026, 11, 30), "CHILD_IN_NEED"));
        assertEquals("CHILD_IN_NEED", caseRow(caseId).get("STAGE"));
        assertEquals(42, plan(caseId, 0).get("VISIT_INTERVAL_DAYS"), "the default CIN interval");
        assertEquals(Date.valueOf("2026-11-30"), plan(caseId, 0).get("STARTED_ON"));

        clock.setToday(LocalDate.of(2027, 1, 20));
        String html = Render.page(pages.summary(FakeRequest.get(worker(), caseId)));
        assertTrue(html.contains("Next statutory visit (CIN visit)"));
        assertTrue(html.contains("11 January 2027"), "30 November + 42 days");
        assertTrue(html.contains("/cases/" + caseId + "/step-down"));
        assertTrue(html.contains("/cases/" + caseId + "/strategy\""), "step up");

        assertInstanceOf(PageResult.Redirect.class, pages.submit(FakeRequest.post(worker(), caseId)
                .form("version", version(caseId)).date("steppedDownOn", LocalDate.of(2027, 1, 20)),
                JourneyAction.STEP_DOWN_EARLY_HELP));
        assertEquals("CLOSED", caseRow(caseId).get("STAGE"));
        assertEquals("STEP_DOWN_EARLY_HELP", caseRow(caseId).get("CLOSURE_REASON"));
        assertEquals("STEP_DOWN_EARLY_HELP", plan(caseId, 0).get("END_REASON"));
    }

    @Test
    void careProceedingsMarksTheCaseAndNoPlanAtConferenceCanClose() throws Exception {
        long caseId = newCase(LocalDate.of(2026, 11, 2), false, false);
        assertInstanceOf(PageResult.Redirect.class, complete(caseId, LocalDate.of(2026, 11, 20), "CARE_PROCEEDINGS"));
        assertEquals(Date.valueOf("2026-11-20"), caseRow(caseId).get("CARE_PROCEEDINGS_FROM"));
        assertEquals("CHILD_PROTECTION_ENQUIRY", caseRow(caseId).get("STAGE"));

        assertInstanceOf(PageResult.Redirect.class, pages.submit(FakeRequest.post(worker(), caseId)
                .form("version", version(caseId)).date("heldOn", LocalDate.of(2026, 11, 23))
                .form("attendees", "Police, health").form("section47", "yes"), JourneyAction.RECORD_STRATEGY_DISCUSSION));
        assertInstanceOf(PageResult.Redirect.class, pages.submit(FakeRequest.post(worker(), caseId)
                .form("version", version(caseId)).date("completedOn", LocalDate.of(2026, 11, 27))
                .form("outcome", "CONFERENCE"), JourneyAction.RECORD_SECTION_47_OUTCOME));
        assertInstanceOf(PageResult.Redirect.class, pages.submit(FakeRequest.post(worker(), caseId)
                .form("version", version(caseId)).date("heldOn", LocalDate.of(2026, 11, 30))
                .form("outcome", "NO_PLAN").form("nextStep", "CLOSE"), JourneyAction.RECORD_INITIAL_CONFERENCE));
        Map<String, Object> closed = caseRow(caseId);
        assertEquals("CLOSED", closed.get("STAGE"));
        assertEquals("NO_FURTHER_ACTION", closed.get("CLOSURE_REASON"));
        assertTrue(rows("SELECT * FROM cr_plan WHERE case_id = ?", caseId).isEmpty());
    }

    @Test
    void aSection47ToChildInNeedDropsTheConferenceThatWillNotHappen() throws Exception {
        long caseId = newCase(LocalDate.of(2026, 11, 2), false, false);
        complete(caseId, LocalDate.of(2026, 11, 20), "CHILD_PROTECTION");
        pages.submit(FakeRequest.post(worker(), caseId).form("version", version(caseId))
                .date("heldOn", LocalDate.of(2026, 11, 23)).form("attendees", "Police").form("section47", "yes"),
                JourneyAction.RECORD_STRATEGY_DISCUSSION);
        assertEquals(1, rows("SELECT * FROM cr_conference WHERE case_id = ?", caseId).size());
        assertInstanceOf(PageResult.Redirect.class, pages.submit(FakeRequest.post(worker(), caseId)
                .form("version", version(caseId)).date("completedOn", LocalDate.of(2026, 11, 27))
                .form("outcome", "CHILD_IN_NEED"), JourneyAction.RECORD_SECTION_47_OUTCOME));
        assertEquals("CHILD_IN_NEED", caseRow(caseId).get("STAGE"));
        assertTrue(rows("SELECT * FROM cr_conference WHERE case_id = ?", caseId).isEmpty());
        assertEquals("CHILD_IN_NEED", plan(caseId, 0).get("KIND"));
    }

    @Test
    void closingAChildProtectionCaseEndsThePlanAndDropsTheReview() throws Exception {
        long caseId = childProtectionCase();
        audit.clear();
        assertInstanceOf(PageResult.Redirect.class, pages.submit(FakeRequest.post(worker(), caseId)
                .form("version", version(caseId)).date("closedOn", LocalDate.of(2026, 12, 1)).form("reason", "MOVED_AWAY"),
                JourneyAction.CLOSE_CASE));
        assertEquals("MOVED_AWAY", caseRow(caseId).get("CLOSURE_REASON"));
        assertEquals(List.of("case.close", "plan.end"), audit.actions());
        assertEquals("reason=MOVED_AWAY;stage=CHILD_PROTECTION>CLOSED", audit.events.get(0).detail());
        assertTrue(audit.events.get(1).detail().endsWith(";kind=CHILD_PROTECTION;reason=CASE_CLOSED"));
        assertEquals("CASE_CLOSED", plan(caseId, 0).get("END_REASON"));
        assertTrue(rows("SELECT * FROM cr_conference WHERE case_id = ? AND held_on IS NULL", caseId).isEmpty());
    }

    // ----- refused: nothing saved -----

    @Test
    void badInputIsShownAgainWithEveryErrorAndSavesNothing() throws Exception {
        long caseId = newCase(LocalDate.of(2026, 11, 2), true, false);
        int before = version(caseId);
        PageResult result = pages.submit(FakeRequest.post(worker(), caseId).form("version", before)
                .date("completedOn", LocalDate.of(2026, 11, 1)).form("outcome", "ADOPTION").form("analysis", "  "),
                JourneyAction.COMPLETE_ASSESSMENT);
        PageResult.Page page = assertInstanceOf(PageResult.Page.class, result);
        assertEquals(400, page.status());
        String html = Render.page(page);
        assertTrue(html.contains("<a href=\"#completedOnDay\">Date completed must be on or after the assessment started (2 November 2026)</a>"), html);
        assertTrue(html.contains("<a href=\"#outcome\">Select the outcome of the assessment</a>"));
        assertTrue(html.contains("<a href=\"#analysis\">Enter your analysis</a>"));
        assertTrue(html.contains("id=\"completedOnDay\" name=\"completedOnDay\" type=\"text\" inputmode=\"numeric\" value=\"1\""),
                "what the user typed is kept");
        assertNothingChanged(caseId, before, "ASSESSMENT");

        PageResult future = pages.submit(FakeRequest.post(worker(), caseId).form("version", before)
                .date("completedOn", LocalDate.of(2026, 12, 2)).form("outcome", "CHILD_IN_NEED").form("analysis", "Needs met"),
                JourneyAction.COMPLETE_ASSESSMENT);
        assertTrue(Render.page(future).contains("Date completed must be today or in the past"));
        PageResult notADate = pages.submit(FakeRequest.post(worker(), caseId).form("version", before)
                .date("completedOn", "31", "2", "2026").form("outcome", "CHILD_IN_NEED").form("analysis", "Needs met"),
                JourneyAction.COMPLETE_ASSESSMENT);
        assertTrue(Render.page(notADate).contains("Date completed must be a real date"));
        PageResult tooLong = pages.submit(FakeRequest.post(worker(), caseId).form("version", before)
                .date("completedOn", LocalDate.of(2026, 11, 30)).form("outcome", "CHILD_IN_NEED")
                .form("analysis", "x".repeat(8001)), JourneyAction.COMPLETE_ASSESSMENT);
        assertTrue(Render.page(tooLong).contains("Analysis must be 8,000 characters or fewer"));
        assertNothingChanged(caseId, before, "ASSESSMENT");
        assertTrue(rows("SELECT * FROM cr_plan WHERE case_id = ?", caseId).isEmpty());
    }

    @Test
    void aConferenceNeedsItsCategoryAndCannotComeBeforeTheStrategyDiscussion() throws Exception {
        long caseId = newCase(LocalDate.of(2026, 11, 2), false, false);
        complete(caseId, LocalDate.of(2026, 11, 20), "CHILD_PROTECTION");
        pages.submit(FakeRequest.post(worker(), caseId).form("version", version(caseId))
                .date("heldOn", LocalDate.of(2026, 11, 23)).form("attendees", "Police").form("section47", "yes"),
                JourneyAction.RECORD_STRATEGY_DISCUSSION);
        pages.submit(FakeRequest.post(worker(), caseId).form("version", version(caseId))
                .date("completedOn", LocalDate.of(2026, 11, 27)).form("outcome", "CONFERENCE"),
                JourneyAction.RECORD_SECTION_47_OUTCOME);
        audit.clear();
        int before = version(caseId);
        PageResult result = pages.submit(FakeRequest.post(worker(), caseId).form("version", before)
                .date("heldOn", LocalDate.of(2026, 11, 20)).form("outcome", "PLAN"), JourneyAction.RECORD_INITIAL_CONFERENCE);
        assertEquals(400, ((PageResult.Page) result).status());
        String html = Render.page(result);
        assertTrue(html.contains("Date held must be on or after the strategy discussion (23 November 2026)"));
        assertTrue(html.contains("<a href=\"#category\">Select the category of abuse</a>"));
        // the category question is revealed under the chosen outcome
        assertTrue(html.contains("data-aria-controls=\"conditional-outcome\""));
        assertTrue(html.contains("class=\"govuk-radios__conditional\" id=\"conditional-outcome\""));
        assertTrue(html.contains("class=\"govuk-radios__conditional govuk-radios__conditional--hidden\" id=\"conditional-outcome-2\""));
        assertNothingChanged(caseId, before, "CHILD_PROTECTION_ENQUIRY");
        assertTrue(rows("SELECT * FROM cr_conference WHERE case_id = ? AND held_on IS NOT NULL", caseId).isEmpty());
    }

    @Test
    void aFormFromBeforeSomeoneElsesChangeIsRefusedWithAClearMessage() throws Exception {
        long caseId = newCase(LocalDate.of(2026, 11, 2), true, false);
        int stale = version(caseId);
        // someone else sets a marker meanwhile
        assertInstanceOf(PageResult.Redirect.class, pages.submit(FakeRequest.post(manager(), caseId).form("version", stale)
                .date("preProceedingsFrom", LocalDate.of(2026, 11, 25)), JourneyAction.SET_PROCEEDINGS_MARKERS));
        assertEquals(stale + 1, version(caseId), "every step moves the version on");
        PageResult result = complete(caseId, stale, LocalDate.of(2026, 11, 30), "CHILD_IN_NEED");
        PageResult.Page page = assertInstanceOf(PageResult.Page.class, result);
        assertEquals(409, page.status());
        assertTrue(Render.page(page).contains(JourneyPages.CONFLICT));
        assertNothingChanged(caseId, stale + 1, "ASSESSMENT");

        // the same step sent twice (two managers, one form each): only the first is saved
        JourneyService service = pages.service();
        long assessmentId = ((Number) rows("SELECT id FROM cr_assessment WHERE case_id = ?", caseId).get(0).get("ID")).longValue();
        int now = version(caseId);
        service.completeAssessment(caseId, now, assessmentId, LocalDate.of(2026, 11, 30),
                Assessment.Outcome.CHILD_IN_NEED, "First", "Sam Okafor");
        assertThrows(OptimisticLockException.class, () -> service.completeAssessment(caseId, now, assessmentId,
                LocalDate.of(2026, 11, 30), Assessment.Outcome.NO_FURTHER_ACTION, "Second", "Alex Manager"));
        assertEquals("CHILD_IN_NEED", caseRow(caseId).get("STAGE"));
        assertEquals(1, rows("SELECT * FROM cr_plan WHERE case_id = ?", caseId).size());
        assertTrue(JourneyPages.optimisticLock(new jakarta.persistence.RollbackException(new OptimisticLockException())));
    }

    @Test
    void aStepTheCaseIsNotAtIsRefused() throws Exception {
        long caseId = newCase(LocalDate.of(2026, 11, 2), true, false);
        int before = version(caseId);
        PageResult get = pages.show(FakeRequest.get(worker(), caseId), JourneyAction.RECORD_REVIEW_CONFERENCE);
        assertEquals(409, ((PageResult.Page) get).status());
        assertTrue(Render.page(get).contains(
                "This case is at the assessment stage, so you cannot record a review child protection conference."));
        PageResult post = pages.submit(FakeRequest.post(worker(), caseId).form("version", before)
                .date("heldOn", LocalDate.of(2026, 11, 30)).form("outcome", "CONTINUE"), JourneyAction.RECORD_REVIEW_CONFERENCE);
        assertEquals(409, ((PageResult.Page) post).status());
        assertNothingChanged(caseId, before, "ASSESSMENT");
        // and a closed case takes no more steps
        complete(caseId, LocalDate.of(2026, 11, 30), "NO_FURTHER_ACTION");
        assertEquals("CLOSED", caseRow(caseId).get("STAGE"));
        PageResult close = pages.submit(FakeRequest.post(worker(), caseId).form("version", version(caseId))
                .date("closedOn", LocalDate.of(2026, 11, 30)).form("reason", "OTHER"), JourneyAction.CLOSE_CASE);
        assertTrue(Render.page(close).contains("This case is closed, so you cannot close it."));
    }

    @Test
    void closureCannotBeBeforeTheCaseOpenedOrThePlanStarted() throws Exception {
        long caseId = childProtectionCase();
        audit.clear();
        int before = version(caseId);
        PageResult result = pages.submit(FakeRequest.post(worker(), caseId).form("version", before)
                .date("closedOn", LocalDate.of(2026, 11, 25)), JourneyAction.CLOSE_CASE);
        String html = Render.page(result);
        assertTrue(html.contains("Closure date must be on or after the child protection plan started (30 November 2026)"), html);
        assertTrue(html.contains("Select the reason for closing the case"));
        assertNothingChanged(caseId, before, "CHILD_PROTECTION");
    }

    // ----- access -----

    @Test
    void otherDistrictsAndAuthoritiesAndBadIdsGetNotFound() throws Exception {
        long caseId = newCase(LocalDate.of(2026, 11, 2), true, false);
        int before = version(caseId);
        CurrentUser hunts = user(HUNTS_WORKER, CCC, HUNTS_TEAM, "Huntingdonshire worker",
                Set.of(CaseRecordsModule.READ, CaseRecordsModule.CASEWORK));
        CurrentUser otherAuthority = user(WORKER, PCC, FENLAND_TEAM, "Sam Okafor",
                Set.of(CaseRecordsModule.READ, CaseRecordsModule.CASEWORK));
        assertEquals(PageResult.notFound(), pages.summary(FakeRequest.get(hunts, caseId)));
        assertEquals(PageResult.notFound(), pages.summary(FakeRequest.get(otherAuthority, caseId)));
        assertEquals(PageResult.notFound(), pages.show(FakeRequest.get(hunts, caseId), JourneyAction.CLOSE_CASE));
        assertEquals(PageResult.notFound(), pages.submit(FakeRequest.post(hunts, caseId).form("version", before)
                .date("closedOn", LocalDate.of(2026, 11, 30)).form("reason", "OTHER"), JourneyAction.CLOSE_CASE));
        assertEquals(PageResult.notFound(), pages.summary(FakeRequest.get(worker(), caseId + "abc")));
        assertEquals(PageResult.notFound(), pages.summary(FakeRequest.get(worker(), "-1")));
        assertEquals(PageResult.notFound(), pages.summary(FakeRequest.get(worker(), 987654321L)));
        assertNothingChanged(caseId, before, "ASSESSMENT");
        assertTrue(audit.events.isEmpty(), "nothing seen, nothing audited");
    }

    @Test
    void unallocatedCasesLinkManagersToAllocation() throws Exception {
        long caseId = newCase(LocalDate.of(2026, 11, 2), false, false);
        Transactions.run(db.factory(), em -> em.find(CaseRecord.class, caseId).allocate(null, null, null));
        String asManager = Render.page(pages.summary(FakeRequest.get(manager(), caseId)));
        assertTrue(asManager.contains("Not allocated"));
        assertTrue(asManager.contains("href=\"/cases/" + caseId + "/allocation\""));
        String asWorker = Render.page(pages.summary(FakeRequest.get(worker(), caseId)));
        assertTrue(asWorker.contains("Not allocated"));
        assertFalse(asWorker.contains("Allocate this case"));
    }

    @Test
    void actionsNeedTheirPermission() throws Exception {
        long caseId = newCase(LocalDate.of(2026, 11, 2), false, false);
        complete(caseId, LocalDate.of(2026, 11, 30), "CHILD_IN_NEED");
        assertFalse(Render.page(pages.summary(FakeRequest.get(worker(), caseId))).contains("/assessment/sign-off"));
        assertTrue(Render.page(pages.summary(FakeRequest.get(manager(), caseId))).contains("/assessment/sign-off"));
        CurrentUser reader = user(WORKER, CCC, FENLAND_TEAM, "Reader", Set.of(CaseRecordsModule.READ));
        String html = Render.page(pages.summary(FakeRequest.get(reader, caseId)));
        assertFalse(html.contains("Actions</h2>"));
    }

    @Test
    void markersAreSetAndCleared() throws Exception {
        long caseId = newCase(LocalDate.of(2026, 11, 2), false, false);
        clock.setToday(LocalDate.of(2027, 3, 1));
        pages.submit(FakeRequest.post(worker(), caseId).form("version", version(caseId))
                .date("preProceedingsFrom", LocalDate.of(2027, 2, 1)).date("careProceedingsFrom", LocalDate.of(2027, 2, 20)),
                JourneyAction.SET_PROCEEDINGS_MARKERS);
        assertEquals(Date.valueOf("2027-02-01"), caseRow(caseId).get("PRE_PROCEEDINGS_FROM"));
        assertEquals(Date.valueOf("2027-02-20"), caseRow(caseId).get("CARE_PROCEEDINGS_FROM"));
        // the form starts from the current markers
        String form = Render.page(pages.show(FakeRequest.get(worker(), caseId), JourneyAction.SET_PROCEEDINGS_MARKERS));
        assertTrue(form.contains("name=\"preProceedingsFromYear\" type=\"text\" inputmode=\"numeric\" value=\"2027\""));
        pages.submit(FakeRequest.post(worker(), caseId).form("version", version(caseId))
                .date("careProceedingsFrom", LocalDate.of(2027, 2, 20)), JourneyAction.SET_PROCEEDINGS_MARKERS);
        assertNull(caseRow(caseId).get("PRE_PROCEEDINGS_FROM"));
        assertEquals(Date.valueOf("2027-02-20"), caseRow(caseId).get("CARE_PROCEEDINGS_FROM"));
        assertEquals(2, audit.actions().stream().filter("case.marker"::equals).count());
        String html = Render.page(pages.summary(FakeRequest.get(worker(), caseId)));
        assertTrue(html.contains("Care proceedings</strong> since 20 February 2027"));
    }

    @Test
    void everyFormRenders() throws Exception {
        long caseId = childProtectionCase();
        for (JourneyAction action : List.of(JourneyAction.RECORD_REVIEW_CONFERENCE, JourneyAction.SET_PROCEEDINGS_MARKERS,
                JourneyAction.CLOSE_CASE)) {
            PageResult.Page page = assertInstanceOf(PageResult.Page.class, pages.show(FakeRequest.get(worker(), caseId), action));
            assertEquals(200, page.status(), action.name());
            String html = Render.page(page);
            assertTrue(html.contains("name=\"_csrf\" value=\"token-123\""));
            assertTrue(html.contains("name=\"version\" value=\"" + version(caseId) + "\""));
            assertTrue(html.contains("action=\"/cases/" + caseId + action.suffix() + "\""));
            assertTrue(html.contains("<h1"), "the case header");
        }
        long other = newCase(LocalDate.of(2026, 11, 2), false, false);
        String html = Render.page(pages.show(FakeRequest.get(worker(), other), JourneyAction.COMPLETE_ASSESSMENT));
        assertTrue(html.contains("due by 7 January 2027"));
        assertTrue(html.contains("data-maxlength=\"8000\""));
        assertTrue(html.contains("id=\"outcome\" name=\"outcome\" type=\"radio\" value=\"NO_FURTHER_ACTION\""));
        assertTrue(html.contains("id=\"outcome-5\" name=\"outcome\" type=\"radio\" value=\"CARE_PROCEEDINGS\""));
    }

    // ----- helpers -----

    /** A case at child protection with a plan from 30 November 2026 and its first review due. */
    private long childProtectionCase() throws SQLException {
        long caseId = newCase(LocalDate.of(2026, 11, 2), false, false);
        complete(caseId, LocalDate.of(2026, 11, 20), "CHILD_PROTECTION");
        pages.submit(FakeRequest.post(worker(), caseId).form("version", version(caseId))
                .date("heldOn", LocalDate.of(2026, 11, 23)).form("attendees", "Police").form("section47", "yes"),
                JourneyAction.RECORD_STRATEGY_DISCUSSION);
        pages.submit(FakeRequest.post(worker(), caseId).form("version", version(caseId))
                .date("completedOn", LocalDate.of(2026, 11, 27)).form("outcome", "CONFERENCE"),
                JourneyAction.RECORD_SECTION_47_OUTCOME);
        assertInstanceOf(PageResult.Redirect.class, pages.submit(FakeRequest.post(worker(), caseId)
                .form("version", version(caseId)).date("heldOn", LocalDate.of(2026, 11, 30))
                .form("outcome", "PLAN").form("category", "EMOTIONAL_ABUSE"), JourneyAction.RECORD_INITIAL_CONFERENCE));
        assertEquals("CHILD_PROTECTION", caseRow(caseId).get("STAGE"));
        return caseId;
    }

    private PageResult complete(long caseId, LocalDate on, String outcome) {
        return complete(caseId, version(caseId), on, outcome);
    }

    private PageResult complete(long caseId, int version, LocalDate on, String outcome) {
        return pages.submit(FakeRequest.post(worker(), caseId).form("version", version).date("completedOn", on)
                .form("outcome", outcome).form("analysis", "Analysis of needs and risks."), JourneyAction.COMPLETE_ASSESSMENT);
    }

    private void assertNothingChanged(long caseId, int version, String stage) throws SQLException {
        Map<String, Object> row = caseRow(caseId);
        assertEquals(stage, row.get("STAGE"));
        assertEquals(version, row.get("VERSION"));
        assertFalse(audit.actions().stream().anyMatch(a -> !a.equals("case.view") && !a.equals("case.marker")),
                "no change audited: " + audit.actions());
    }

    /** A referred child's case, allocated to Sam in Fenland, with its referral and open assessment. */
    private long newCase(LocalDate referredOn, boolean reReferral, boolean withContact) throws SQLException {
        long[] ids = new long[1];
        Transactions.run(db.factory(), em -> {
            CaseRecord record = new CaseRecord(CCC, FENLAND, familyId, childId, referredOn);
            record.allocate(FENLAND_TEAM, WORKER, null);
            em.persist(record);
            em.flush();
            ids[0] = record.id();
        });
        long caseId = ids[0];
        Long contactId = withContact ? contact(referredOn) : null;
        long referralId;
        try (Connection c = db.connection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO cr_referral (authority_id, case_id, child_id, referred_on, re_referral, contact_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, CCC);
            insert.setLong(2, caseId);
            insert.setLong(3, childId);
            insert.setDate(4, Date.valueOf(referredOn));
            insert.setBoolean(5, reReferral);
            if (contactId == null) {
                insert.setNull(6, java.sql.Types.BIGINT);
            } else {
                insert.setLong(6, contactId);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                referralId = keys.getLong(1);
            }
        }
        LocalDate due = pages.service().journey().assessmentDue(referredOn);
        Transactions.run(db.factory(), em -> em.persist(new Assessment(caseId, referralId, referredOn, due)));
        return caseId;
    }

    private static long contact(LocalDate receivedOn) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO cr_contact (authority_id, district_id, child_id, family_id, received_on, source, summary,"
                        + " status, outcome, recorded_at) VALUES (?, ?, ?, ?, ?, 'SCHOOL', 'Concern', 'DECIDED', 'REFERRAL', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, CCC);
            insert.setLong(2, FENLAND);
            insert.setLong(3, childId);
            insert.setLong(4, familyId);
            insert.setDate(5, Date.valueOf(receivedOn));
            insert.setTimestamp(6, Timestamp.valueOf(receivedOn.atTime(9, 0)));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void note(long caseId, String kind, LocalDate on, boolean childSeen) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO cr_case_note (case_id, kind, occurred_on, child_seen, statutory, body, author_user_id,"
                        + " author_name, recorded_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            insert.setLong(1, caseId);
            insert.setString(2, kind);
            insert.setDate(3, Date.valueOf(on));
            insert.setBoolean(4, childSeen);
            insert.setBoolean(5, true);
            insert.setString(6, "Visit");
            insert.setLong(7, WORKER);
            insert.setString(8, "Sam Okafor");
            insert.setTimestamp(9, Timestamp.valueOf(on.atTime(10, 0)));
            insert.executeUpdate();
        }
    }

    private static int version(long caseId) {
        return pages.service().load(caseId).orElseThrow().record().version();
    }

    private static Map<String, Object> caseRow(long caseId) throws SQLException {
        return rows("SELECT * FROM cr_case WHERE id = ?", caseId).get(0);
    }

    private static Map<String, Object> plan(long caseId, int index) throws SQLException {
        return rows("SELECT * FROM cr_plan WHERE case_id = ? ORDER BY id", caseId).get(index);
    }

    private static List<Map<String, Object>> rows(String sql, long id) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static CurrentUser worker() {
        return user(WORKER, CCC, FENLAND_TEAM, "Sam Okafor",
                Set.of(CaseRecordsModule.READ, CaseRecordsModule.RECORD, CaseRecordsModule.CASEWORK));
    }

    private static CurrentUser manager() {
        return user(MANAGER, CCC, FENLAND_TEAM, "Alex Manager", Set.of(CaseRecordsModule.READ, CaseRecordsModule.RECORD,
                CaseRecordsModule.CASEWORK, CaseRecordsModule.SIGN_OFF, CaseRecordsModule.ALLOCATE));
    }

    private static CurrentUser user(long userId, long authority, long team, String name, Set<String> permissions) {
        return new CurrentUser(userId, "user" + userId, name, authority, "Authority", null, null,
                Set.of(team), Set.of(Role.SOCIAL_WORKER), permissions);
    }
}
