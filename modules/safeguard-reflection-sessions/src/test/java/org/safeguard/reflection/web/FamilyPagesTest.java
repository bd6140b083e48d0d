package org.safeguard.reflection.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;
import org.safeguard.reflection.data.DiscussionRepository;
import org.safeguard.reflection.model.FamilyDiscussion;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.RiskRating;
import org.safeguard.reflection.support.TestWorld;

class FamilyPagesTest {

    private final TestWorld world = new TestWorld();
    private final FamilyPages pages = new FamilyPages(world.services);

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    private void discussed() {
        world.fenlandFamily(1, "Adams");
        Instant now = world.clock.instant();
        ReflectionSession session = world.services.sessions().schedule(new ReflectionSession(TestWorld.CCC,
                TestWorld.FENLAND_FS1, "Fenland Family Safeguarding team 1", TestWorld.TODAY.minusWeeks(5).atTime(10, 0),
                120, TestWorld.CLINICIAN, "Dr Ian Wisbech-Clarke", TestWorld.CLINICIAN, now), List.of(), List.of(1L));
        world.services.discussions().record(session.id(), 1, null, new FamilyDiscussion.Content("Mum copes by drinking",
                "Dad's drinking\nShouting at night", "Gran", "Amy checks on mum", RiskRating.HIGH, "Continue the plan"),
                List.of(new DiscussionRepository.NewAction("Ring school", TestWorld.SW, "Jess Parson",
                        TestWorld.TODAY.minusDays(3))), TestWorld.CLINICIAN, "Dr Ian Wisbech-Clarke", now);
    }

    @Test
    void theTabShowsTheHistoryUnderTheFamilysBannerAndIsAudited() {
        discussed();

        PageResult result = pages.view(FakeRequest.get(world.user(TestWorld.SW), "/reflection/families/1")
                .pathParam("familyId", 1));
        String html = Pages.render(result, world.user(TestWorld.SW), "/reflection/families/1");

        assertTrue(html.contains("Adams family</h1>"), html);
        assertTrue(html.contains("aria-current=\"page\""), "the tab is marked current");
        assertTrue(html.contains("<p class=\"govuk-body\">Dad&#x27;s drinking</p>")
                || html.contains("<p class=\"govuk-body\">Dad's drinking</p>"), "each line of a text is a paragraph");
        assertTrue(html.contains("Shouting at night"));
        assertTrue(html.contains("Ring school") && html.contains("Overdue"), html);
        assertTrue(html.contains("Mark done"), "the owner may mark it done");
        assertTrue(html.contains("11 March 2026 <strong class=\"govuk-tag govuk-tag--red\">Overdue</strong>"),
                "discussed five weeks ago: due a week ago");
        assertEquals("page=1", world.audit.actions("reflection.family.view").get(0).detail());
        assertEquals("1", world.audit.actions("reflection.family.view").get(0).subjectId());
    }

    @Test
    void aFamilyTheUserMayNotSeeOrWhereTheModuleIsOffIsNotFound() {
        discussed();

        assertEquals(PageResult.notFound(), pages.view(FakeRequest.get(world.user(TestWorld.HUNTS_SW), "/x").pathParam("familyId", 1)));
        assertEquals(PageResult.notFound(), pages.view(FakeRequest.get(world.user(TestWorld.PBORO_SW), "/x").pathParam("familyId", 1)));
        assertEquals(PageResult.notFound(), pages.view(FakeRequest.get(world.user(TestWorld.SW), "/x").pathParam("familyId", "-1")));
        world.organisation.disable("reflection-sessions", TestWorld.FENLAND);
        assertEquals(PageResult.notFound(), pages.view(FakeRequest.get(world.user(TestWorld.SW), "/x").pathParam("familyId", 1)));
        assertTrue(world.audit.actions("reflection.family.view").isEmpty());
    }

    @Test
    void aFamilyNeverDiscussedSaysSo() {
        world.fenlandFamily(1, "Adams");

        String html = Pages.render(pages.view(FakeRequest.get(world.user(TestWorld.MANAGER), "/x").pathParam("familyId", 1)));

        assertTrue(html.contains("Not discussed at a reflection session yet"), html);
        assertTrue(html.contains("The family has not been discussed at a reflection session."));
    }
}
