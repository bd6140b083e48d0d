package org.safeguard.corporateparenting.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.corporateparenting.TestWorld.*;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.corporateparenting.Routes;
import org.safeguard.corporateparenting.TestWorld;
import org.safeguard.corporateparenting.care.EpisodeRecord;
import org.safeguard.corporateparenting.model.HealthCheckKind;
import org.safeguard.corporateparenting.model.IroAlert;
import org.safeguard.corporateparenting.model.LegalStatus;
import org.safeguard.corporateparenting.model.PlacementType;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

/** The IRO's reviews and case alerts, the team's response, health checks and PEPs. */
class ReviewAndHealthPagesTest {

    static final String BASE = "/children-in-care/cases/{caseId}/";

    private static TestWorld world;
    private CurrentUser iro;
    private CurrentUser worker;

    @BeforeAll
    static void database() {
        world = new TestWorld("cp-reviews-health");
    }

    @AfterAll
    static void close() throws Exception {
        world.close();
    }

    @BeforeEach
    void setUp() {
        world.reset();
        iro = world.user(IRO, REVIEWER);
        worker = world.user(FENLAND_SW, WORKER);
        world.inCare(world.theCase(CASE), LocalDate.of(2026, 1, 5), LegalStatus.SECTION_20, PlacementType.KINSHIP, 20_000);
    }

    private FakeRequest post(CurrentUser user) {
        return FakeRequest.post(user, "/x").pathParam("caseId", CASE);
    }

    @Test
    void anIroRecordsAReviewAndBecomesTheChildsIroAndTheSecondReviewIsDueThreeMonthsLater() {
        String form = Pages.render(Routes.get(world.reviews(), BASE + "reviews/new",
                FakeRequest.get(iro, "/children-in-care/cases/" + CASE + "/reviews/new").pathParam("caseId", CASE)));
        assertTrue(world.audit.actions("child-in-care.form.view").get(0).detail().endsWith(" form=reviews/new"),
                "opening a form shows the child's record: audited as a read");
        assertTrue(form.contains("value=\"" + IRO + "\" checked"), "the IRO recording chairs by default");
        assertTrue(form.contains("First review due"));
        assertTrue(form.contains("2 February 2026"), form);
        PageResult result = Routes.post(world.reviews(), BASE + "reviews/new", post(iro).date("heldOn", "30", "1", "2026")
                .form("chair", String.valueOf(IRO)).form("participation", "PN1").form("recommendations", "Keep the placement."));
        assertEquals(PageResult.redirect("/children-in-care/cases/501?done=review"), result);
        EpisodeRecord r = world.current(CHILD);
        assertEquals("Harriet Oakes", r.episode().iroName());
        String tab = Pages.render(Routes.get(world.tab(), "/children-in-care/cases/{caseId}", FakeRequest.get(iro, "/x")
                .pathParam("caseId", CASE)));
        assertTrue(tab.contains("Second review"));
        assertTrue(tab.contains("30 April 2026"), tab);
        assertTrue(world.audit.actions("review.record").get(0).detail().contains("participation=PN1"));
    }

    @Test
    void aReviewNeedsItsChairAndHowTheChildTookPart() throws Exception {
        String html = Pages.render(Routes.post(world.reviews(), BASE + "reviews/new", post(iro).date("heldOn", "1", "1", "2026")
                .form("chair", String.valueOf(FENLAND_SW)).form("participation", "PN0")));
        assertTrue(html.contains("must be on or after 5 January 2026, when they came into care"));
        assertTrue(html.contains("Select the independent reviewing officer who chaired the review"));
        String under4 = Pages.render(Routes.post(world.reviews(), BASE + "reviews/new", post(iro).date("heldOn", "10", "1", "2026")
                .form("chair", String.valueOf(IRO)).form("participation", "PN0")));
        assertTrue(under4.contains("The child was 4 or over at the review"));
        assertEquals(0, world.count("cp_review"));
    }

    @Test
    void anAlertIsRaisedAnsweredByTheHoldingTeamAndResolvedByTheIro() {
        PageResult raised = Routes.post(world.reviews(), BASE + "alerts/new", post(iro).form("concern", "PERMANENCE_DRIFT")
                .form("details", "No permanence plan at the second review."));
        assertEquals(PageResult.redirect("/children-in-care/cases/501?done=alert"), raised);
        IroAlert alert = world.current(CHILD).alerts().get(0);
        // ten working days after Wednesday 4 March 2026
        assertEquals(LocalDate.of(2026, 3, 18), alert.respondBy());
        String path = "/children-in-care/alerts/{alertId}/respond";
        CurrentUser otherManager = world.user(CIC_TM, MANAGER);
        assertEquals(PageResult.forbidden(), Routes.get(world.reviews(), path, FakeRequest.get(otherManager, "/x")
                .pathParam("alertId", alert.id())), "only the team holding the child answers");
        CurrentUser manager = world.user(FENLAND_TM, MANAGER);
        String blank = Pages.render(Routes.post(world.reviews(), path, FakeRequest.post(manager, "/x").pathParam("alertId", alert.id())
                .form("version", "0")));
        assertTrue(blank.contains("Say what the team has done or will do"));
        PageResult answered = Routes.post(world.reviews(), path, FakeRequest.post(manager, "/x").pathParam("alertId", alert.id())
                .form("version", String.valueOf(alert.version())).form("response", "Permanence planning meeting booked for 20 March."));
        assertEquals(PageResult.redirect("/children-in-care/cases/501?done=alert-response"), answered);
        PageResult resolved = Routes.post(world.reviews(), "/children-in-care/alerts/{alertId}/resolve", FakeRequest.post(iro, "/x")
                .pathParam("alertId", alert.id()).form("version", String.valueOf(alert.version() + 1)).form("resolution", "Plan agreed."));
        assertEquals(PageResult.redirect("/children-in-care/cases/501?done=alert-resolved"), resolved);
        IroAlert done = world.current(CHILD).alerts().get(0);
        assertEquals("Plan agreed.", done.resolution());
        assertEquals(1, world.audit.actions("alert.raise").size());
        assertEquals(1, world.audit.actions("alert.respond").size());
        assertEquals(1, world.audit.actions("alert.resolve").size());
        assertTrue(!world.audit.actions("alert.raise").get(0).detail().contains("permanence"), "no free text audited");
    }

    @Test
    void anAlertOfAnotherAuthorityOrAnUnknownOneIsNotFound() {
        Routes.post(world.reviews(), BASE + "alerts/new", post(iro).form("concern", "VISITS").form("details", "Late visits."));
        long id = world.current(CHILD).alerts().get(0).id();
        CurrentUser other = world.user(OTHER_AUTHORITY_SW, MANAGER);
        assertEquals(PageResult.notFound(), Routes.get(world.reviews(), "/children-in-care/alerts/{alertId}/respond",
                FakeRequest.get(other, "/x").pathParam("alertId", id)));
        assertEquals(PageResult.notFound(), Routes.get(world.reviews(), "/children-in-care/alerts/{alertId}/resolve",
                FakeRequest.get(iro, "/x").pathParam("alertId", "x1")));
    }

    @Test
    void healthChecksFollowTheirOrder() throws Exception {
        String review = Pages.render(Routes.post(world.health(), BASE + "health/new", post(worker).form("kind", "REVIEW_HEALTH")
                .date("doneOn", "1", "2", "2026").form("outcome", "COMPLETED")));
        assertTrue(review.contains("Record the initial health assessment first"));
        assertEquals(PageResult.redirect("/children-in-care/cases/501?done=health"), Routes.post(world.health(), BASE + "health/new",
                post(worker).form("kind", "INITIAL_HEALTH").date("doneOn", "1", "2", "2026").form("outcome", "COMPLETED")));
        String twice = Pages.render(Routes.post(world.health(), BASE + "health/new", post(worker).form("kind", "INITIAL_HEALTH")
                .date("doneOn", "2", "2", "2026").form("outcome", "COMPLETED")));
        assertTrue(twice.contains("The initial health assessment is already recorded"));
        Routes.post(world.health(), BASE + "health/new", post(worker).form("kind", "DENTAL").date("doneOn", "3", "2", "2026")
                .form("outcome", "DECLINED"));
        EpisodeRecord r = world.current(CHILD);
        assertEquals(2, r.health().size());
        assertEquals(HealthCheckKind.DENTAL, r.health().get(1).kind());
        String tab = Pages.render(Routes.get(world.tab(), "/children-in-care/cases/{caseId}", FakeRequest.get(worker, "/x")
                .pathParam("caseId", CASE)));
        assertTrue(tab.contains("Review health assessment"), "the next one after the initial");
        assertTrue(tab.contains("1 February 2027"), tab);
        assertTrue(tab.contains("Declined by the young person"));
    }

    @Test
    void aPersonalEducationPlanIsRecordedAndTheNextIsDueNextTerm() {
        assertEquals(PageResult.redirect("/children-in-care/cases/501?done=pep"), Routes.post(world.health(), BASE + "pep/new",
                post(worker).date("heldOn", "20", "1", "2026").form("setting", "Thomas Clarkson Academy")));
        String tab = Pages.render(Routes.get(world.tab(), "/children-in-care/cases/{caseId}", FakeRequest.get(worker, "/x")
                .pathParam("caseId", CASE)));
        assertTrue(tab.contains("Personal education plan review"));
        assertTrue(tab.contains("20 May 2026"));
        assertTrue(tab.contains("Thomas Clarkson Academy"));
        String future = Pages.render(Routes.post(world.health(), BASE + "pep/new", post(worker).date("heldOn", "20", "5", "2026")));
        assertTrue(future.contains("must be today or in the past"));
    }
}
