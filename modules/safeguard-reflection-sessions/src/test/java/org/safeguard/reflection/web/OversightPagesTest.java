package org.safeguard.reflection.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;
import org.safeguard.reflection.data.DiscussionRepository;
import org.safeguard.reflection.model.FamilyDiscussion;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.RiskRating;
import org.safeguard.reflection.model.SessionStatus;
import org.safeguard.reflection.support.TestWorld;

/** The team's calendar, coverage and drift pages, with the team's history built directly in the database. */
class OversightPagesTest {

    private final TestWorld world = new TestWorld();
    private final CurrentUser manager = world.user(TestWorld.MANAGER);
    private final Instant now = Instant.parse("2026-03-18T09:00:00Z");

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    /** A closed session on {@code on} discussing these families at these ratings. */
    private ReflectionSession held(LocalDate on, long[] families, RiskRating rating, List<DiscussionRepository.NewAction> actions) {
        ReflectionSession session = world.services.sessions().schedule(new ReflectionSession(TestWorld.CCC,
                TestWorld.FENLAND_FS1, "Fenland Family Safeguarding team 1", on.atTime(10, 0), 120, TestWorld.CLINICIAN,
                "Dr Ian Wisbech-Clarke", TestWorld.CLINICIAN, now), List.of(),
                java.util.Arrays.stream(families).boxed().toList());
        for (long family : families) {
            world.services.discussions().record(session.id(), family, null, new FamilyDiscussion.Content(null, "r", "p",
                    "l", rating, null), actions, TestWorld.CLINICIAN, "Dr Ian", now);
        }
        world.services.sessions().end(session.id(), SessionStatus.CLOSED, TestWorld.CLINICIAN, "Dr Ian", now);
        return session;
    }

    private void history() {
        ChildCase adams = world.fenlandFamily(1, "Adams");
        world.fenlandFamily(2, "Brown");
        world.fenlandFamily(3, "Clark");
        world.cases.family(4, TestWorld.CCC, TestWorld.FENLAND, "Dixon");
        world.cases.openCase(4, "New child", TestWorld.FENLAND_FS1, TestWorld.SW, TestWorld.TODAY.minusDays(5),
                org.safeguard.caserecords.api.CaseStage.ASSESSMENT);
        world.cases.cpPlan(adams, TestWorld.TODAY.minusMonths(10));
        held(TestWorld.TODAY.minusWeeks(9), new long[] {1, 3}, RiskRating.HIGH, List.of());
        held(TestWorld.TODAY.minusWeeks(5), new long[] {1}, RiskRating.HIGH, List.of());
        held(TestWorld.TODAY.minusWeeks(1), new long[] {1, 2}, RiskRating.HIGH, List.of(
                new DiscussionRepository.NewAction("Ring school", TestWorld.SW, "Jess Parson", TestWorld.TODAY.plusDays(7))));
    }

    @Test
    void coverageCountsTheFamiliesDiscussedInTheIntervalAndListsTheOverdue() {
        history();
        OversightPages pages = new OversightPages(world.services);

        PageResult result = pages.coverage(FakeRequest.get(manager, "/x").pathParam("teamId", TestWorld.FENLAND_FS1));
        String html = Pages.render(result);

        // Adams and Brown discussed a week ago, Clark nine weeks ago (overdue), Dixon new
        assertTrue(html.contains(">50%<"), html);
        assertTrue(html.contains("Clark family") && !html.contains("Dixon family"), html);
        assertTrue(html.contains("35"), "Clark is 35 days overdue: discussed 63 days ago, due after 28");
        assertEquals("page=1", world.audit.actions("reflection.coverage.view").get(0).detail());
    }

    @Test
    void driftFlagsALongPlanWhoseRatingHasNotImproved() {
        history();
        OversightPages pages = new OversightPages(world.services);

        String html = Pages.render(pages.drift(FakeRequest.get(manager, "/x").pathParam("teamId", TestWorld.FENLAND_FS1)));

        assertTrue(html.contains("Adams family") && html.contains("Risk not improving"), html);
        assertFalse(html.contains("Brown family"));
        assertTrue(html.contains("1 of the team&#x27;s 4 open families is drifting")
                || html.contains("1 of the team's 4 open families is drifting"), html);
    }

    @Test
    void theCalendarListsSessionsAndTheManagersSummary() {
        history();
        TeamPages team = new TeamPages(world.services);

        String html = Pages.render(team.calendar(FakeRequest.get(manager, "/x").pathParam("teamId", TestWorld.FENLAND_FS1)));

        assertTrue(html.contains("Dr Ian Wisbech-Clarke, 0.5 FTE"), html);
        assertTrue(html.contains("Schedule a session"));
        assertTrue(html.contains("2 of 2 families discussed"), html);
        assertTrue(html.contains("50% of open families discussed in the last 4 weeks (2 of 4)"), html);

        String social = Pages.render(team.calendar(FakeRequest.get(world.user(TestWorld.SW), "/x")
                .pathParam("teamId", TestWorld.FENLAND_FS1)));
        assertFalse(social.contains("Schedule a session"), "a social worker does not schedule");
        assertFalse(social.contains("of open families discussed"), "nor sees oversight");
    }

    @Test
    void anotherTeamOrADisabledDistrictIsNotFound() {
        OversightPages pages = new OversightPages(world.services);
        TeamPages team = new TeamPages(world.services);

        assertEquals(PageResult.notFound(), pages.coverage(FakeRequest.get(manager, "/x").pathParam("teamId", TestWorld.HUNTS_FS)));
        assertEquals(PageResult.notFound(), pages.drift(FakeRequest.get(manager, "/x").pathParam("teamId", TestWorld.PBORO_FS)));
        assertEquals(PageResult.notFound(), team.calendar(FakeRequest.get(manager, "/x").pathParam("teamId", "x")));
        world.organisation.disable("reflection-sessions", TestWorld.FENLAND);
        assertEquals(PageResult.notFound(), team.calendar(FakeRequest.get(manager, "/x").pathParam("teamId", TestWorld.FENLAND_FS1)));
    }

    @Test
    void aTeamWithoutAClinicianCannotScheduleAndSaysWhy() {
        String html = Pages.render(new TeamPages(world.services).calendar(FakeRequest.get(world.user(TestWorld.MANAGER2), "/x")
                .pathParam("teamId", TestWorld.FENLAND_FS2)));

        assertTrue(html.contains("No clinician works in this team."), html);
        assertTrue(html.contains("Sessions need a clinician attached to the team"));
        assertFalse(html.contains("Schedule a session"));
    }
}
