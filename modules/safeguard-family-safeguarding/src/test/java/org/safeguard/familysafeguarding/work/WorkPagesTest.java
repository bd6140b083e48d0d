package org.safeguard.familysafeguarding.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.familysafeguarding.World.DOMESTIC_ABUSE;
import static org.safeguard.familysafeguarding.World.KELLY;
import static org.safeguard.familysafeguarding.World.SMITH;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.familysafeguarding.Records;
import org.safeguard.familysafeguarding.World;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.GoalStatus;
import org.safeguard.familysafeguarding.model.ParentGoal;
import org.safeguard.familysafeguarding.model.ParentSession;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

/** Sessions and goals through the real handlers and templates: who may record them, and what is kept. */
class WorkPagesTest {

    private static final World WORLD = new World("fs-work-pages");
    private final SessionPages sessions = new SessionPages(WORLD.access, WORLD.data, WORLD.audit, World.CLOCK);
    private final GoalPages goals = new GoalPages(WORLD.access, WORLD.data, WORLD.audit, World.CLOCK);
    private PractitionerAssignment bridget;

    @BeforeEach
    void assignBridget() {
        WORLD.reset();
        bridget = WORLD.data.assignments().start(Records.assignment(SMITH, KELLY, "Kelly Smith", DOMESTIC_ABUSE,
                "Bridget Elm", Discipline.DOMESTIC_ABUSE, LocalDate.of(2026, 2, 2))).orElseThrow();
    }

    @AfterAll
    static void close() {
        WORLD.close();
    }

    private static FakeRequest post(long userId) {
        return FakeRequest.post(WORLD.as(userId), "/family-safeguarding/families/1000/sessions").pathParam("familyId", SMITH);
    }

    private static FakeRequest get(long userId, String path) {
        return FakeRequest.get(WORLD.as(userId), path).pathParam("familyId", SMITH);
    }

    @Test
    void thePractitionerRecordsASessionAndEveryoneInTheTeamReadsIt() {
        String form = Pages.render(sessions.newSession(get(DOMESTIC_ABUSE, "/family-safeguarding/families/1000/sessions/new")));
        assertTrue(form.contains("Bridget Elm, domestic abuse practitioner (with a victim), with Kelly Smith"), form);
        assertTrue(form.contains("value=\"" + bridget.id() + "\" checked"), "her only assignment is chosen");
        PageResult saved = sessions.record(post(DOMESTIC_ABUSE).form("assignmentId", bridget.id())
                .date("heldOn", LocalDate.of(2026, 3, 13)).form("sessionType", "HOME_VISIT").form("attendance", "ATTENDED")
                .form("focus", "EVOKING").form("engagement", "ENGAGED")
                .form("notes", "Kelly talked about what the children heard.\nSafety plan reviewed."));
        assertEquals(PageResult.redirect("/family-safeguarding/families/1000/sessions?done=recorded"), saved);
        ParentSession session = WORLD.data.sessions().page(SMITH, 0, 5).get(0);
        assertEquals(4, session.engagement().score());
        assertFalse(WORLD.audit.actions("fs.session.record").get(0).detail().contains("Kelly"));

        String list = Pages.render(sessions.list(get(World.SOCIAL_WORKER, "/family-safeguarding/families/1000/sessions")));
        assertTrue(list.contains("13 March 2026") && list.contains("Engagement: 4 of 5, Engaged"), list);
        assertTrue(list.contains("Session recorded") || !list.contains("Record a session</a>"),
                "a social worker reads but does not record sessions");
        String one = Pages.render(sessions.view(get(World.SOCIAL_WORKER, "/").pathParam("sessionId", session.id())));
        assertTrue(one.contains("<p class=\"govuk-body\">Safety plan reviewed.</p>"), one);
        assertTrue(one.contains("Evoking: drawing out the parent&#x27;s own reasons for change"), one);
        assertEquals(PageResult.notFound(), sessions.view(FakeRequest.get(WORLD.as(World.SOCIAL_WORKER), "/")
                .pathParam("familyId", World.JONES).pathParam("sessionId", session.id())), "not via another family");
    }

    @Test
    void anotherPractitionerOrASocialWorkerCannotRecordUnderTheAssignmentButTheManagerCan() {
        PageResult neil = sessions.newSession(get(World.SUBSTANCE, "/"));
        assertEquals(403, ((PageResult.Error) neil).status());
        PageResult posted = sessions.record(post(World.SUBSTANCE).form("assignmentId", bridget.id())
                .date("heldOn", LocalDate.of(2026, 3, 13)).form("sessionType", "PHONE").form("attendance", "CANCELLED")
                .form("notes", "x"));
        assertEquals(403, ((PageResult.Error) posted).status());
        assertEquals(403, ((PageResult.Error) sessions.newSession(get(World.SOCIAL_WORKER, "/"))).status());
        assertEquals(0, WORLD.data.sessions().count(SMITH));
        assertTrue(Pages.render(sessions.newSession(get(World.MANAGER, "/"))).contains("Record a session"));
    }

    @Test
    void aSessionWithMistakesSavesNothing() {
        PageResult result = sessions.record(post(DOMESTIC_ABUSE).form("assignmentId", bridget.id())
                .date("heldOn", LocalDate.of(2026, 1, 13)).form("attendance", "ATTENDED").form("notes", "Talked"));
        assertEquals(400, ((PageResult.Page) result).status());
        String html = Pages.render(result);
        assertTrue(html.contains("Date of the session must be on or after 2 February 2026"), html);
        assertTrue(html.contains("href=\"#focus\"") && html.contains("href=\"#sessionType\""));
        assertEquals(0, WORLD.data.sessions().count(SMITH));
    }

    @Test
    void aGoalIsSetReviewedAndClosedWhenAchieved() {
        assertEquals(PageResult.redirect("/family-safeguarding/families/1000?done=goal"), goals.set(FakeRequest
                .post(WORLD.as(DOMESTIC_ABUSE), "/").pathParam("familyId", SMITH).form("assignmentId", bridget.id())
                .form("description", "I will keep my safety plan up to date").date("setOn", LocalDate.of(2026, 2, 16))
                .date("nextReviewOn", LocalDate.of(2026, 3, 16))));
        ParentGoal goal = WORLD.data.goals().ofFamily(SMITH).get(0);
        String page = Pages.render(goals.view(get(World.SOCIAL_WORKER, "/").pathParam("goalId", goal.id())));
        assertTrue(page.contains("I will keep my safety plan up to date") && page.contains("Not reviewed yet"), page);
        assertFalse(page.contains("Review this goal</a>"), "the social worker reads it");

        String form = Pages.render(goals.reviewForm(get(DOMESTIC_ABUSE, "/").pathParam("goalId", goal.id())));
        assertTrue(form.contains("name=\"version\" value=\"" + goal.rowVersion() + "\""));
        PageResult missingNext = goals.review(FakeRequest.post(WORLD.as(DOMESTIC_ABUSE), "/").pathParam("familyId", SMITH)
                .pathParam("goalId", goal.id()).date("reviewedOn", LocalDate.of(2026, 3, 16)).form("progress", "SOME")
                .form("comment", "Plan kept most days").form("version", goal.rowVersion()));
        assertEquals(400, ((PageResult.Page) missingNext).status());
        assertTrue(WORLD.data.goals().reviews(goal.id()).isEmpty());

        assertTrue(goals.review(FakeRequest.post(WORLD.as(DOMESTIC_ABUSE), "/").pathParam("familyId", SMITH)
                .pathParam("goalId", goal.id()).date("reviewedOn", LocalDate.of(2026, 3, 16)).form("progress", "ACHIEVED")
                .form("comment", "Plan kept for a month").form("version", goal.rowVersion())) instanceof PageResult.Redirect);
        assertEquals(GoalStatus.ACHIEVED, WORLD.data.goals().find(SMITH, goal.id()).orElseThrow().status());
        assertEquals(PageResult.notFound(), goals.reviewForm(get(DOMESTIC_ABUSE, "/").pathParam("goalId", goal.id())),
                "an achieved goal has no more reviews");
        assertTrue(WORLD.audit.actions("fs.goal.review").stream()
                .anyMatch(e -> ("goal=" + goal.id() + " progress=ACHIEVED status=ACHIEVED").equals(e.detail())));
    }

    @Test
    void aReviewSavedMeanwhileIsNotOverwrittenAndATamperedFormIsRefused() {
        ParentGoal goal = WORLD.data.goals().set(new ParentGoal(World.CCC, SMITH, bridget.id(), "Safety plan",
                LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 16), DOMESTIC_ABUSE, "Bridget Elm", Records.AT));
        FakeRequest first = FakeRequest.post(WORLD.as(World.MANAGER), "/").pathParam("familyId", SMITH)
                .pathParam("goalId", goal.id()).date("reviewedOn", LocalDate.of(2026, 3, 16)).form("progress", "SOME")
                .form("comment", "Manager's view").date("nextReviewOn", LocalDate.of(2026, 4, 13))
                .form("version", goal.rowVersion());
        assertTrue(goals.review(first) instanceof PageResult.Redirect);
        PageResult stale = goals.review(FakeRequest.post(WORLD.as(DOMESTIC_ABUSE), "/").pathParam("familyId", SMITH)
                .pathParam("goalId", goal.id()).date("reviewedOn", LocalDate.of(2026, 3, 16)).form("progress", "GOOD")
                .form("comment", "Bridget's view").date("nextReviewOn", LocalDate.of(2026, 4, 13))
                .form("version", goal.rowVersion()));
        assertEquals(409, ((PageResult.Page) stale).status());
        assertTrue(Pages.render(stale).contains("Someone else reviewed this goal"));
        assertEquals(1, WORLD.data.goals().reviews(goal.id()).size());
        assertEquals(400, ((PageResult.Error) goals.review(FakeRequest.post(WORLD.as(DOMESTIC_ABUSE), "/")
                .pathParam("familyId", SMITH).pathParam("goalId", goal.id()).form("version", "x"))).status());
    }
}
