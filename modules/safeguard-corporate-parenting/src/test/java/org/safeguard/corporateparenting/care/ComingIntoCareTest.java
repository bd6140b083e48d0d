package org.safeguard.corporateparenting.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.corporateparenting.TestWorld.*;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.corporateparenting.FakeCaseDirectory;
import org.safeguard.corporateparenting.TestWorld;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

class ComingIntoCareTest {

    private static TestWorld world;
    private CurrentUser worker;

    @BeforeAll
    static void database() {
        world = new TestWorld("cp-coming-into-care");
    }

    @AfterAll
    static void close() throws Exception {
        world.close();
    }

    @BeforeEach
    void setUp() {
        world.reset();
        worker = world.user(FENLAND_SW, WORKER);
    }

    private PageResult start(CurrentUser user, long caseId, String day, String month, String year, String status, String uasc) {
        FakeRequest request = FakeRequest.post(user, "/children-in-care/cases/" + caseId + "/start").pathParam("caseId", caseId)
                .date("startedOn", day, month, year);
        if (status != null) {
            request.form("legalStatus", status);
        }
        if (uasc != null) {
            request.form("uasc", uasc);
        }
        request.form("iro", String.valueOf(IRO));
        return world.episodes(null).start(request);
    }

    private String tab(CurrentUser user) {
        PageResult result = world.tab().show(FakeRequest.get(user, "/children-in-care/cases/" + CASE).pathParam("caseId", CASE));
        return Pages.render(result, user, "/children-in-care/cases/" + CASE);
    }

    @Test
    void aChildNotInCareHasATabOfferingToBringThemIntoCare() {
        String html = tab(worker);
        assertTrue(html.contains("Amy Fenn is not in care."), html);
        assertTrue(html.contains("/children-in-care/cases/501/start"));
        assertEquals(1, world.audit.actions("child-in-care.view").size());
        assertEquals("case", world.audit.actions("child-in-care.view").get(0).subjectType());
    }

    @Test
    void theStartFormRenders() {
        PageResult form = world.episodes(null).startForm(FakeRequest.get(worker, "/x").pathParam("caseId", CASE));
        String html = Pages.render(form);
        assertTrue(html.contains("When did they come into care?"));
        assertTrue(html.contains("Harriet Oakes"), "the reviewing officers are offered");
        assertTrue(html.contains("Interim care order (section 38)"));
    }

    @Test
    void bringingAChildIntoCareShowsTheFirstReviewAndHealthAssessmentDue() throws Exception {
        PageResult result = start(worker, CASE, "2", "3", "2026", "INTERIM_CARE_ORDER", "no");
        assertEquals(PageResult.redirect("/children-in-care/cases/501?done=started"), result);
        assertEquals(1, world.count("cp_care_episode"));
        assertEquals(1, world.count("cp_legal_status"));
        assertEquals(0, world.count("cp_holder"), "held with the case: no holder row");
        String html = tab(worker);
        assertTrue(html.contains("In care since"));
        assertTrue(html.contains("Interim care order (section 38)"));
        // 20 working days after Monday 2 March 2026
        assertTrue(html.contains("First review"), html);
        assertTrue(html.contains("30 March 2026"), html);
        // 28 days after coming into care
        assertTrue(html.contains("Initial health assessment"));
        assertTrue(html.contains("30 March 2026"));
        assertTrue(html.contains("First visit in the placement"));
        assertTrue(html.contains("Harriet Oakes"), "the IRO chosen");
        assertTrue(html.contains("Fenland Family Safeguarding team 1: Jess Parson"), "held with the case");
        var started = world.audit.actions("child-in-care.start");
        assertEquals(1, started.size());
        assertTrue(started.get(0).detail().contains("status=INTERIM_CARE_ORDER"));
        assertFalse(started.get(0).detail().contains("Amy"), "no names in the audit");
    }

    @Test
    void badInputShowsEveryErrorAndSavesNothing() throws Exception {
        PageResult result = start(worker, CASE, "31", "2", "2026", null, null);
        assertInstanceOf(PageResult.Page.class, result);
        assertEquals(400, ((PageResult.Page) result).status());
        String html = Pages.render(result);
        assertTrue(html.contains("Date they came into care must be a real date"), html);
        assertTrue(html.contains("Select the legal status"));
        assertTrue(html.contains("Select yes if they are an unaccompanied asylum-seeking child"));
        assertTrue(html.contains("href=\"#startedOnDay\""));
        assertTrue(html.contains("value=\"31\""), "values kept");
        assertEquals(0, world.count("cp_care_episode"));
    }

    @Test
    void aDateBeforeTheCaseOpenedOrInTheFutureIsRefused() throws Exception {
        String before = Pages.render(start(worker, CASE, "1", "5", "2025", "SECTION_20", "no"));
        assertTrue(before.contains("must be on or after 1 June 2025, when the case opened"), before);
        String future = Pages.render(start(worker, CASE, "5", "3", "2026", "SECTION_20", "no"));
        assertTrue(future.contains("must be today or in the past"));
        assertEquals(0, world.count("cp_care_episode"));
    }

    @Test
    void aChildAlreadyInCareCannotComeIntoCareTwice() throws Exception {
        start(worker, CASE, "2", "3", "2026", "SECTION_20", "no");
        String again = Pages.render(start(worker, CASE, "3", "3", "2026", "SECTION_20", "no"));
        assertTrue(again.contains("This child is already in care"));
        assertEquals(1, world.count("cp_care_episode"));
    }

    @Test
    void aChildWhoseCaseClosedAsTransferredToCareCameIntoCareByTheClosure() throws Exception {
        world.add(FakeCaseDirectory.closed(FakeCaseDirectory.open(510, AUTHORITY, FENLAND, 610, "Dan Closed",
                LocalDate.of(2013, 1, 1), LocalDate.of(2024, 1, 1), FENLAND_TEAM, FENLAND_SW), LocalDate.of(2025, 1, 1)));
        String form = Pages.render(world.episodes(null).startForm(FakeRequest.get(worker, "/x").pathParam("caseId", 510)));
        assertTrue(form.contains("The case closed on 1 January 2025"), form);
        assertTrue(form.contains("value=\"2025\""), "the closure date offered");
        String late = Pages.render(start(worker, 510, "2", "3", "2026", "SECTION_20", "no"));
        assertTrue(late.contains("must be on or before 1 January 2025, when the case closed"));
        assertEquals(0, world.count("cp_care_episode"));
        assertEquals(PageResult.redirect("/children-in-care/cases/510?done=started"),
                start(worker, 510, "1", "1", "2025", "CARE_ORDER", "no"));
    }

    @Test
    void anUnaccompaniedChildGoesToTheUascTeam() throws Exception {
        start(worker, CASE, "2", "3", "2026", "SECTION_20", "yes");
        assertEquals(1, world.count("cp_holder"));
        String html = tab(worker);
        assertTrue(html.contains("Unaccompanied asylum-seeking children: no worker allocated yet"), html);
    }

    @Test
    void othersCaseOrAuthorityOrAMangledIdIsNotFound() {
        CurrentUser hunts = world.user(HUNTS_SW, WORKER);
        CurrentUser other = world.user(OTHER_AUTHORITY_SW, WORKER);
        assertEquals(PageResult.notFound(), world.tab().show(FakeRequest.get(hunts, "/x").pathParam("caseId", CASE)));
        assertEquals(PageResult.notFound(), world.tab().show(FakeRequest.get(other, "/x").pathParam("caseId", CASE)));
        assertEquals(PageResult.notFound(), world.tab().show(FakeRequest.get(worker, "/x").pathParam("caseId", "12abc")));
        assertEquals(PageResult.notFound(), world.tab().show(FakeRequest.get(worker, "/x").pathParam("caseId", "999")));
        assertEquals(PageResult.notFound(), start(hunts, CASE, "2", "3", "2026", "SECTION_20", "no"));
    }

    @Test
    void whereTheModuleIsOffForTheCasesDistrictTheTabIsNotFound() {
        world.organisation.disable("corporate-parenting", FENLAND);
        CurrentUser cic = world.user(CIC_TM, MANAGER);
        assertEquals(PageResult.notFound(), world.tab().show(FakeRequest.get(cic, "/x").pathParam("caseId", CASE)));
    }
}
