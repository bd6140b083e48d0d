package org.safeguard.fostering.carers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.TestWorld;
import org.safeguard.fostering.model.FosterPlacement;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.rules.HouseholdFacts;
import org.safeguard.fostering.rules.ReviewSchedule;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

/** Approval changes, de-registration, reviews, training and children placed, through the pages. */
class HouseholdChangesPagesTest {

    static TestWorld world;

    @BeforeAll
    static void setUp() {
        world = new TestWorld("household-changes");
        world.cases.addCase(50, TestWorld.CCC, TestWorld.FENLAND, 500, "Cara Dunn", LocalDate.of(2018, 2, 1),
                TestWorld.FENLAND_TEAM, 3L);
        world.cases.addCase(51, TestWorld.CCC, TestWorld.FENLAND, 501, "Dan Eve", LocalDate.of(2016, 2, 1),
                TestWorld.FENLAND_TEAM, 3L);
        world.cases.addCase(52, TestWorld.PCC, TestWorld.PBORO, 502, "Eli Ford", LocalDate.of(2016, 2, 1), 200L, 6L);
    }

    @AfterAll
    static void tearDown() throws Exception {
        world.close();
    }

    private static HouseholdFacts facts(Household h) {
        return world.context.households().facts(TestWorld.CCC, h.id()).orElseThrow();
    }

    private static FakeRequest post(Household h) {
        return FakeRequest.post(world.helen(), "/").pathParam("householdId", h.id());
    }

    @Test
    void changedTermsAreANewRowAndCannotDropBelowTheChildrenLivingThere() {
        Household h = world.household("Terms Change", LocalDate.of(2026, 2, 1), 0, 10, 2);
        world.context.placements().start(TestWorld.CCC, h.id(), 50, LocalDate.of(2026, 6, 1),
                FosterPlacement.Source.FOSTERING, false, 2L, world.context.clock().nowUtc());
        world.context.placements().start(TestWorld.CCC, h.id(), 51, LocalDate.of(2026, 6, 1),
                FosterPlacement.Source.FOSTERING, false, 2L, world.context.clock().nowUtc());
        ApprovalPages pages = new ApprovalPages(world.context);
        PageResult form = pages.approvalForm(FakeRequest.get(world.helen(), "/").pathParam("householdId", h.id()));
        assertTrue(Pages.render(form, world.helen(), "/").contains("value=\"10\""), "filled with the current terms");
        PageResult tooFew = pages.approve(post(h).form("approvalType", "MAINSTREAM").form("ageFrom", "0")
                .form("ageTo", "12").form("places", "1").date("approvedOn", TestWorld.TODAY));
        assertTrue(Pages.render(tooFew, world.helen(), "/").contains("2 children live with the carers"));
        PageResult early = pages.approve(post(h).form("approvalType", "MAINSTREAM").form("ageFrom", "0")
                .form("ageTo", "12").form("places", "2").date("approvedOn", "1", "1", "2026"));
        assertTrue(Pages.render(early, world.helen(), "/").contains("must be on or after 1 February 2026"));
        assertInstanceOf(PageResult.Redirect.class, pages.approve(post(h).form("approvalType", "MAINSTREAM")
                .form("ageFrom", "0").form("ageTo", "12").form("places", "3").form("terms", "SIBLING_GROUPS")
                .date("approvedOn", TestWorld.TODAY)));
        HouseholdFacts after = facts(h);
        assertEquals(2, after.approvals().size());
        assertEquals(LocalDate.of(2026, 2, 1), Households.state(world.context, after).approvedSince(),
                "a change of terms does not restart the approval");
        assertEquals(3, Households.state(world.context, after).places());
    }

    @Test
    void deRegistrationWaitsForTheChildrenToLeaveAndApprovingAgainStartsAfresh() {
        Household h = world.household("Leaving Carers", LocalDate.of(2024, 2, 1), 0, 17, 1);
        world.context.placements().start(TestWorld.CCC, h.id(), 60, LocalDate.of(2026, 1, 1),
                FosterPlacement.Source.FOSTERING, false, 2L, world.context.clock().nowUtc());
        ApprovalPages pages = new ApprovalPages(world.context);
        PageResult refused = pages.deregister(post(h).date("deregisteredOn", TestWorld.TODAY).form("reason", "RETIREMENT"));
        assertEquals(400, ((PageResult.Page) refused).status());
        assertTrue(Pages.render(refused, world.helen(), "/").contains("A child lives with the carers on that date"));
        PageResult other = pages.deregister(post(h).date("deregisteredOn", TestWorld.TODAY).form("reason", "OTHER"));
        assertTrue(Pages.render(other, world.helen(), "/").contains("Enter the reason"));
        world.context.placements().end(TestWorld.CCC, h.id(), 60, LocalDate.of(2026, 11, 1));
        assertInstanceOf(PageResult.Redirect.class, pages.deregister(post(h).date("deregisteredOn", TestWorld.TODAY)
                .form("reason", "RETIREMENT")));
        assertTrue(Households.state(world.context, facts(h)).deregistered());
        assertEquals(1, world.audit.actions("household.deregister").size());
        // approving again: not on the de-registration day, and reviews count from the new approval
        PageResult sameDay = pages.approve(post(h).form("approvalType", "MAINSTREAM").form("ageFrom", "0")
                .form("ageTo", "17").form("places", "1").date("approvedOn", TestWorld.TODAY));
        assertTrue(Pages.render(sameDay, world.helen(), "/").contains("must be on or after 2 December 2026"));
    }

    @Test
    void theFirstReviewGoesToPanelAndAReviewMovesTheNextOneOnAYear() {
        Household h = world.household("Reviewed Carers", LocalDate.of(2025, 11, 20), 0, 17, 1);
        ReviewPages pages = new ReviewPages(world.context);
        assertEquals(ReviewSchedule.State.OVERDUE, Households.state(world.context, facts(h)).reviewState());
        PageResult noPanel = pages.review(post(h).date("reviewedOn", TestWorld.TODAY).form("outcome", "CONTINUES")
                .form("toPanel", "no").form("summary", "Going well"));
        assertTrue(Pages.render(noPanel, world.helen(), "/").contains("The first review of an approval goes to the fostering panel"));
        PageResult future = pages.review(post(h).date("reviewedOn", TestWorld.TODAY.plusDays(1)).form("outcome", "CONTINUES")
                .form("toPanel", "yes").form("summary", "x"));
        assertTrue(Pages.render(future, world.helen(), "/").contains("must be today or in the past"));
        assertInstanceOf(PageResult.Redirect.class, pages.review(post(h).date("reviewedOn", TestWorld.TODAY)
                .form("outcome", "CONTINUES").form("toPanel", "yes").form("summary", "Going well")));
        assertEquals(LocalDate.of(2027, 12, 1), Households.state(world.context, facts(h)).reviewDue());
    }

    @Test
    void trainingStandardsCompletedAreRecorded() {
        Household h = world.household("Training Carers", LocalDate.of(2026, 3, 1), 0, 17, 1);
        ReviewPages pages = new ReviewPages(world.context);
        PageResult bad = pages.train(post(h).form("course", "OTHER").form("carer", "12345"));
        String html = Pages.render(bad, world.helen(), "/");
        assertTrue(html.contains("Enter the name of the course") && html.contains("Choose who completed the course")
                && html.contains("Enter the date the course was completed"));
        assertInstanceOf(PageResult.Redirect.class, pages.train(post(h).form("course", "TSD_STANDARDS").form("carer", "all")
                .date("completedOn", LocalDate.of(2026, 10, 1))));
        assertEquals("Completed", Households.state(world.context, facts(h)).trainingState().label());
    }

    @Test
    void childrenPlacedHereMustBeVisibleOpenCasesAndThePagesGoWhenCorporateParentingRecordsPlacements() {
        Household h = world.household("Placing Carers", LocalDate.of(2026, 3, 1), 0, 17, 2);
        PlacementPages pages = new PlacementPages(world.context);
        PageResult foreign = pages.start(post(h).form("caseNumber", "52").date("startedOn", TestWorld.TODAY));
        assertTrue(Pages.render(foreign, world.helen(), "/").contains("a child whose case you can see"));
        assertInstanceOf(PageResult.Redirect.class, pages.start(post(h).form("caseNumber", "50")
                .date("startedOn", TestWorld.TODAY)));
        assertEquals(1, world.audit.actions("placement.start").size());
        world.context.moduleRunning(FosteringModule.CORPORATE_PARENTING, true);
        try {
            assertEquals(PageResult.notFound(), pages.startForm(FakeRequest.get(world.helen(), "/")
                    .pathParam("householdId", h.id())));
            assertFalse(Pages.render(new HouseholdPages(world.context).view(FakeRequest.get(world.helen(), "/")
                    .pathParam("householdId", h.id())), world.helen(), "/").contains("Record a child who has come"));
        } finally {
            world.context.moduleRunning(FosteringModule.CORPORATE_PARENTING, false);
        }
        long placementId = facts(h).placements().get(0).id();
        PageResult early = pages.end(post(h).pathParam("placementId", placementId).date("endedOn", "30", "11", "2026"));
        assertTrue(Pages.render(early, world.helen(), "/").contains("must be on or after 1 December 2026"));
        assertInstanceOf(PageResult.Redirect.class, pages.end(post(h).pathParam("placementId", placementId)
                .date("endedOn", TestWorld.TODAY)));
        assertEquals(TestWorld.TODAY, facts(h).placements().get(0).endedOn());
    }
}
