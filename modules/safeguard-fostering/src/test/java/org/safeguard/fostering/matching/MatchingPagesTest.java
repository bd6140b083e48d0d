package org.safeguard.fostering.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.TestWorld;
import org.safeguard.fostering.model.ApprovalTerm;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.model.MatchOutcome;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

/** The matching page: who sees it, the search shows only fitting carers, recording a match and its outcome. */
class MatchingPagesTest {

    static TestWorld world;
    static Household young;
    static Household siblings;
    static Household teens;

    @BeforeAll
    static void setUp() {
        world = new TestWorld("matching-pages");
        // the Walker children: Amy 7, Ben 4 (brothers and sisters, one family); Cal 15 in Huntingdonshire
        world.cases.addCase(70, TestWorld.CCC, TestWorld.FENLAND, 700, "Amy Walker", LocalDate.of(2019, 6, 1),
                TestWorld.FENLAND_TEAM, 3L);
        world.cases.addCase(71, TestWorld.CCC, TestWorld.FENLAND, 700, "Ben Walker", LocalDate.of(2022, 6, 1),
                TestWorld.FENLAND_TEAM, 3L);
        world.cases.addCase(72, TestWorld.CCC, TestWorld.HUNTS, 701, "Cal Young", LocalDate.of(2011, 6, 1), 102L, 4L);
        world.cases.addCase(73, TestWorld.CCC, TestWorld.FENLAND, 702, "Dee Noborn", null, TestWorld.FENLAND_TEAM, 3L);
        young = world.household("Young Ones", LocalDate.of(2026, 3, 1), 0, 8, 1);
        siblings = world.household("Sibling House", LocalDate.of(2026, 3, 1), 0, 12, 2, ApprovalTerm.SIBLING_GROUPS);
        teens = world.household("Teen House", LocalDate.of(2026, 3, 1), 11, 17, 2);
    }

    @AfterAll
    static void tearDown() throws Exception {
        world.close();
    }

    private static FakeRequest search(long caseId) {
        return FakeRequest.get(world.gareth(), "/fostering/matching/" + caseId).pathParam("caseId", caseId)
                .query("need", "SHORT_TERM").query("startDay", "10").query("startMonth", "12").query("startYear", "2026");
    }

    @Test
    void theSearchOffersOnlyCarersWhoseApprovalFitsAndSaysWhatWasLeftOut() {
        MatchingPages pages = new MatchingPages(world.context);
        String html = Pages.render(pages.child(search(70)), world.gareth(), "/");
        assertTrue(html.contains("Young Ones") && html.contains("Sibling House"));
        assertFalse(html.contains("Teen House"));
        assertTrue(html.contains("1: a child&#x27;s age is outside their approved range")
                || html.contains("1: a child's age is outside their approved range"), html);
        assertTrue(html.contains("Ben Walker"), "the brother is offered to place together");
        String together = Pages.render(pages.child(search(70).query("with-71", "yes")), world.gareth(), "/");
        assertTrue(together.contains("Sibling House"));
        assertFalse(together.contains("value=\"" + young.id() + "\""), "one place: not offered for two children");
        assertEquals("match.view", world.audit.events().get(world.audit.events().size() - 1).action());
    }

    @Test
    void aSearchWithMistakesIsABadRequestNamingTheFields() {
        MatchingPages pages = new MatchingPages(world.context);
        PageResult result = pages.child(FakeRequest.get(world.gareth(), "/").pathParam("caseId", 70)
                .query("startDay", "1").query("startMonth", "1").query("startYear", "2020"));
        assertEquals(400, ((PageResult.Page) result).status());
        String html = Pages.render(result, world.gareth(), "/");
        assertTrue(html.contains("Choose the kind of placement the child needs"));
        assertTrue(html.contains("The start date must be today or in the future"));
    }

    @Test
    void recordingAMatchHoldsThePlaceAndAppearsOnTheChildsPage() {
        MatchingPages pages = new MatchingPages(world.context);
        PageResult none = pages.record(FakeRequest.post(world.gareth(), "/").pathParam("caseId", 72)
                .form("need", "LONG_TERM").date("start", "10", "12", "2026"));
        assertTrue(Pages.render(none, world.gareth(), "/").contains("Choose the carers to match"));
        PageResult unfit = pages.record(FakeRequest.post(world.gareth(), "/").pathParam("caseId", 72)
                .form("need", "LONG_TERM").date("start", "10", "12", "2026").form("householdId", young.id()));
        assertTrue(Pages.render(unfit, world.gareth(), "/").contains("no longer fit"));
        PageResult saved = pages.record(FakeRequest.post(world.gareth(), "/").pathParam("caseId", 72)
                .form("need", "LONG_TERM").date("start", "10", "12", "2026").form("householdId", teens.id())
                .form("notes", "Near his school"));
        assertEquals(new PageResult.Redirect("/fostering/matching/72?done=matched"), saved);
        assertEquals(teens.id(), world.context.matches().pendingForCase(72).orElseThrow().match().householdId());
        String page = Pages.render(pages.child(FakeRequest.get(world.gareth(), "/").pathParam("caseId", 72)
                .query("done", "matched")), world.gareth(), "/");
        assertTrue(page.contains("Match recorded") && page.contains("Teen House") && page.contains("Awaiting placement"));
        assertTrue(page.contains("record what came of it before matching again"));
        assertTrue(world.audit.actions("match.record").stream().anyMatch(e -> "72".equals(e.subjectId())
                && e.detail().contains("household=" + teens.id()) && !e.detail().contains("school")), "ids only, no notes");
    }

    @Test
    void theChildsSocialWorkerSeesTheMatchButCannotSearchOthersGetNotFound() {
        MatchingPages pages = new MatchingPages(world.context);
        String jess = Pages.render(pages.child(FakeRequest.get(world.jess(), "/").pathParam("caseId", 70)), world.jess(), "/");
        assertFalse(jess.contains("Find carers whose approval fits"));
        assertEquals(PageResult.forbidden(), pages.record(FakeRequest.post(world.jess(), "/").pathParam("caseId", 70)
                .form("need", "SHORT_TERM").date("start", "10", "12", "2026").form("householdId", young.id())));
        assertEquals(PageResult.notFound(), pages.child(FakeRequest.get(world.jess(), "/").pathParam("caseId", 72)),
                "another district's child");
        assertEquals(PageResult.notFound(), pages.child(FakeRequest.get(world.emily(), "/").pathParam("caseId", 70)),
                "another authority");
        assertEquals(PageResult.notFound(), pages.child(FakeRequest.get(world.gareth(), "/").pathParam("caseId", "x")));
    }

    @Test
    void aChildWithoutADateOfBirthCannotBeMatched() {
        MatchingPages pages = new MatchingPages(world.context);
        String html = Pages.render(pages.child(FakeRequest.get(world.gareth(), "/").pathParam("caseId", 73)), world.gareth(), "/");
        assertTrue(html.contains("date of birth is not recorded"));
        assertFalse(html.contains("Find carers whose approval fits"));
    }

    @Test
    void findingAChildByCaseNumber() {
        MatchingPages pages = new MatchingPages(world.context);
        assertEquals(new PageResult.Redirect("/fostering/matching/70"),
                pages.find(FakeRequest.get(world.gareth(), "/").query("case", " 70 ")));
        PageResult wrong = pages.find(FakeRequest.get(world.gareth(), "/").query("case", "abc"));
        assertEquals(400, ((PageResult.Page) wrong).status());
        assertTrue(Pages.render(pages.find(FakeRequest.get(world.emily(), "/").query("case", "70")), world.emily(), "/")
                .contains("a child whose case you can see"));
    }

    @Test
    void theOutcomePlacesTheChildrenHereOrLeavesItToCorporateParenting() {
        MatchingPages pages = new MatchingPages(world.context);
        pages.record(FakeRequest.post(world.gareth(), "/").pathParam("caseId", 70).form("need", "SHORT_TERM")
                .date("start", "10", "12", "2026").form("with-71", "yes").form("householdId", siblings.id()));
        long matchId = world.context.matches().pendingForCase(70).orElseThrow().id();
        OutcomePages outcomes = new OutcomePages(world.context);
        world.context.moduleRunning(FosteringModule.CORPORATE_PARENTING, true);
        try {
            String form = Pages.render(outcomes.form(FakeRequest.get(world.gareth(), "/").pathParam("matchId", matchId)),
                    world.gareth(), "/");
            assertFalse(form.contains("value=\"PLACED\""), "placements are recorded in corporate parenting");
            PageResult placed = outcomes.record(FakeRequest.post(world.gareth(), "/").pathParam("matchId", matchId)
                    .form("outcome", "PLACED").date("outcomeOn", TestWorld.TODAY));
            assertTrue(Pages.render(placed, world.gareth(), "/").contains("Choose what came of the match"));
        } finally {
            world.context.moduleRunning(FosteringModule.CORPORATE_PARENTING, false);
        }
        assertEquals(PageResult.notFound(), outcomes.form(FakeRequest.get(world.jess(), "/").pathParam("matchId", matchId)));
        assertEquals(new PageResult.Redirect("/fostering/matching/70?done=outcome"), outcomes.record(
                FakeRequest.post(world.gareth(), "/").pathParam("matchId", matchId).form("outcome", "PLACED")
                        .date("outcomeOn", TestWorld.TODAY)));
        assertEquals(MatchOutcome.PLACED, world.context.matches().find(TestWorld.CCC, matchId).orElseThrow().match().outcome());
        assertEquals(2, world.context.households().facts(TestWorld.CCC, siblings.id()).orElseThrow().placements().size());
        assertEquals(2, world.audit.actions("match.outcome").stream()
                .filter(e -> e.detail().contains("match=" + matchId)).count(), "one entry per child");
    }
}
