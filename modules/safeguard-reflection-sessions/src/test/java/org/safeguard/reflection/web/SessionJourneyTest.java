package org.safeguard.reflection.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.ChronologyEvent;
import org.safeguard.caserecords.api.WorkTrayItem;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;
import org.safeguard.reflection.caserecords.ReflectionChronology;
import org.safeguard.reflection.caserecords.ReflectionWorkTray;
import org.safeguard.reflection.model.AgendaItem;
import org.safeguard.reflection.model.DiscussionAction;
import org.safeguard.reflection.model.FamilyDiscussion;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.RiskRating;
import org.safeguard.reflection.model.SessionStatus;
import org.safeguard.reflection.support.TestWorld;

/**
 * The clinician's journey through the handlers and real templates: schedule a session for the team
 * (agenda proposed), shape the agenda, record a family with an action for the social worker, close
 * the session; the action is in the social worker's work tray and the discussion in the child's
 * chronology; and each step is audited.
 */
class SessionJourneyTest {

    private final TestWorld world = new TestWorld();
    private final SchedulePages schedule = new SchedulePages(world.services);
    private final SessionPages sessions = new SessionPages(world.services);
    private final AgendaPages agenda = new AgendaPages(world.services);
    private final DiscussionPages discussions = new DiscussionPages(world.services);
    private final CurrentUser clinician = world.user(TestWorld.CLINICIAN);

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    private long scheduleToday(CurrentUser user) {
        PageResult result = schedule.schedule(FakeRequest.post(user, "/reflection/teams/100/sessions")
                .pathParam("teamId", TestWorld.FENLAND_FS1).date("heldOn", TestWorld.TODAY).form("startTime", "10:00")
                .form("durationMinutes", "30").form("facilitatorId", TestWorld.CLINICIAN)
                .form("attendeeIds", TestWorld.SW).form("attendeeIds", TestWorld.SUBSTANCE).form("attendeeIds", TestWorld.MANAGER));
        String location = assertInstanceOf(PageResult.Redirect.class, result).location();
        assertTrue(location.startsWith("/reflection/sessions/"), location);
        return Long.parseLong(location.replaceAll("^/reflection/sessions/(\\d+).*", "$1"));
    }

    @Test
    void aClinicianRunsASessionAndTheActionReachesTheSocialWorkersTray() {
        ChildCase adams = world.fenlandFamily(1, "Adams");
        world.fenlandFamily(2, "Brown");
        world.fenlandFamily(3, "Clark");
        world.fenlandFamily(4, "Dixon");

        long sessionId = scheduleToday(clinician);

        // 30 minutes at 10 a family: the three families never discussed, by how long they have been open, then name
        List<Long> proposed = world.services.sessions().agenda(sessionId).stream().map(AgendaItem::familyId).toList();
        assertEquals(List.of(1L, 2L, 3L), proposed);
        assertEquals("team=100 families=3", world.audit.actions("reflection.session.schedule").get(0).detail());

        // the facilitator adds the fourth family and puts it first
        agenda.add(FakeRequest.post(clinician, "/x").pathParam("sessionId", sessionId).form("familyId", 4));
        for (int i = 0; i < 3; i++) {
            agenda.move(FakeRequest.post(clinician, "/x").pathParam("sessionId", sessionId).pathParam("familyId", 4), -1);
        }
        assertEquals(List.of(4L, 1L, 2L, 3L),
                world.services.sessions().agenda(sessionId).stream().map(AgendaItem::familyId).toList());

        PageResult page = sessions.view(FakeRequest.get(clinician, "/reflection/sessions/" + sessionId)
                .pathParam("sessionId", sessionId).query("done", "scheduled"));
        String html = Pages.render(page);
        assertTrue(html.contains("Adams family") && html.contains("Dixon family"), html);
        assertTrue(html.contains("Session scheduled"));
        assertTrue(html.contains("This session has time for 3 families"), html);

        // record the Adams family with an action for the social worker
        PageResult form = discussions.view(FakeRequest.get(clinician, "/x").pathParam("sessionId", sessionId)
                .pathParam("familyId", 1));
        assertTrue(Pages.render(form).contains("Record the discussion"));
        PageResult saved = discussions.record(FakeRequest.post(clinician, "/x").pathParam("sessionId", sessionId)
                .pathParam("familyId", 1).form("risks", "Dad's drinking at weekends").form("protectiveFactors", "Gran")
                .form("livedExperience", "Amy says home is calmer").form("riskRating", "HIGH")
                .form("action1Description", "Visit unannounced and see Amy alone").form("action1Owner", TestWorld.SW)
                .date("action1Due", TestWorld.TODAY.plusDays(2)));
        assertEquals("/reflection/sessions/" + sessionId + "?done=recorded&family=1#agenda",
                assertInstanceOf(PageResult.Redirect.class, saved).location());
        AuditEvent recorded = world.audit.actions("reflection.discussion.record").get(0);
        assertEquals("family", recorded.subjectType());
        assertEquals("1", recorded.subjectId());
        assertEquals("session=" + sessionId + " rating=HIGH actions=1", recorded.detail());

        String after = Pages.render(sessions.view(FakeRequest.get(clinician, "/x").pathParam("sessionId", sessionId)
                .query("done", "recorded").query("family", 1)));
        assertTrue(after.contains("Next on the agenda: Brown family"), after);

        // close
        assertTrue(Pages.render(sessions.confirmClose(FakeRequest.get(clinician, "/x").pathParam("sessionId", sessionId)))
                .contains("Dixon family"), "families not discussed are named");
        assertInstanceOf(PageResult.Redirect.class, sessions.close(FakeRequest.post(clinician, "/x")
                .pathParam("sessionId", sessionId)));
        assertEquals(SessionStatus.CLOSED, world.services.sessions().find(sessionId, TestWorld.CCC).orElseThrow().status());

        // the action is in the team's tray for the owner, pointing at the family's open case
        List<WorkTrayItem> tray = new ReflectionWorkTray(world.services).items(java.util.Set.of(TestWorld.FENLAND_FS1),
                TestWorld.TODAY.plusDays(7));
        assertEquals(1, tray.size());
        WorkTrayItem item = tray.get(0);
        assertEquals(TestWorld.SW, item.ownerUserId());
        assertEquals(adams.id(), item.caseId());
        assertEquals("Reflection action", item.kind());
        assertEquals("/reflection/families/1#actions", item.href());
        assertTrue(item.description().startsWith("Visit unannounced and see Amy alone (Adams family, agreed 18 March 2026)"));

        // and in the child's chronology with its rating
        List<ChronologyEvent> chronology = new ReflectionChronology(world.services).events(adams);
        assertEquals(1, chronology.size());
        assertEquals("Discussed at reflection session (Fenland Family Safeguarding team 1): risk rating High; 1 action agreed",
                chronology.get(0).summary());
        assertEquals(TestWorld.TODAY, chronology.get(0).date());
    }

    @Test
    void badInputIsRefusedWithEveryMessageAndNothingSaved() {
        world.fenlandFamily(1, "Adams");
        long sessionId = scheduleToday(clinician);

        PageResult result = discussions.record(FakeRequest.post(clinician, "/x").pathParam("sessionId", sessionId)
                .pathParam("familyId", 1).form("risks", "Typed, kept").form("action1Description", "Ring school"));

        PageResult.Page page = assertInstanceOf(PageResult.Page.class, result);
        assertEquals(400, page.status());
        String html = Pages.render(result);
        assertTrue(html.contains("Enter the protective factors") && html.contains("Select the risk rating")
                && html.contains("Select who will do action 1") && html.contains("Enter the due date of action 1"), html);
        assertTrue(html.contains("Typed, kept") && html.contains("value=\"Ring school\""), "values kept");
        assertTrue(world.services.discussions().ofSession(sessionId).isEmpty());
        assertTrue(world.audit.actions("reflection.discussion.record").isEmpty());

        PageResult scheduleErrors = schedule.schedule(FakeRequest.post(clinician, "/x").pathParam("teamId", TestWorld.FENLAND_FS1)
                .form("startTime", "25:00"));
        assertEquals(400, assertInstanceOf(PageResult.Page.class, scheduleErrors).status());
        assertTrue(Pages.render(scheduleErrors).contains("href=\"#heldOnDay\""));
        assertEquals(1, world.services.sessions().open(TestWorld.CCC, TestWorld.FENLAND_FS1).size(), "no second session");
    }

    @Test
    void onlyTheFacilitatorOrTheTeamsManagerRecordsAndOnlyFromTheSessionsDay() {
        world.fenlandFamily(1, "Adams");
        long today = scheduleToday(clinician);
        CurrentUser socialWorkerWithRun = world.organisation.user(TestWorld.SW, "reflection-sessions.read",
                "reflection-sessions.run");

        assertEquals(new PageResult.Error(403, null), discussions.record(FakeRequest.post(socialWorkerWithRun, "/x")
                .pathParam("sessionId", today).pathParam("familyId", 1).form("risks", "x")));
        assertFalse(Pages.render(discussions.view(FakeRequest.get(socialWorkerWithRun, "/x").pathParam("sessionId", today)
                .pathParam("familyId", 1))).contains("Record the discussion"));

        PageResult later = schedule.schedule(FakeRequest.post(world.user(TestWorld.MANAGER), "/x")
                .pathParam("teamId", TestWorld.FENLAND_FS1).date("heldOn", TestWorld.TODAY.plusDays(7))
                .form("startTime", "10:00").form("durationMinutes", "60").form("facilitatorId", TestWorld.CLINICIAN)
                .form("attendeeIds", TestWorld.SW));
        long nextWeek = Long.parseLong(((PageResult.Redirect) later).location().replaceAll("\\D*(\\d+).*", "$1"));
        assertEquals(new PageResult.Error(403, null), discussions.record(FakeRequest.post(clinician, "/x")
                .pathParam("sessionId", nextWeek).pathParam("familyId", 1).form("risks", "x")),
                "not before the session's day");
        assertTrue(Pages.render(sessions.view(FakeRequest.get(clinician, "/x").pathParam("sessionId", nextWeek)))
                .contains("You can record discussions from the day of the session"));
    }

    @Test
    void aFamilyNotOnTheAgendaOrNotTheUsersIsNotFound() {
        world.fenlandFamily(1, "Adams");
        long sessionId = scheduleToday(clinician);
        world.cases.family(9, TestWorld.CCC, TestWorld.HUNTS, "Hunts");

        assertEquals(PageResult.notFound(), discussions.view(FakeRequest.get(clinician, "/x")
                .pathParam("sessionId", sessionId).pathParam("familyId", 9)));
        assertEquals(PageResult.notFound(), discussions.view(FakeRequest.get(clinician, "/x")
                .pathParam("sessionId", sessionId).pathParam("familyId", "1 OR 1=1")));
        assertEquals(PageResult.notFound(), sessions.view(FakeRequest.get(world.user(TestWorld.HUNTS_SW), "/x")
                .pathParam("sessionId", sessionId)), "another team's session");
        assertEquals(PageResult.notFound(), sessions.view(FakeRequest.get(world.user(TestWorld.PBORO_SW), "/x")
                .pathParam("sessionId", sessionId)), "another authority's session");
        assertEquals(PageResult.notFound(), sessions.view(FakeRequest.get(clinician, "/x").pathParam("sessionId", "abc")));
    }

    @Test
    void aSessionIsMovedOrCancelledOnlyWhileNothingIsRecorded() {
        world.fenlandFamily(1, "Adams");
        long sessionId = scheduleToday(clinician);

        assertTrue(Pages.render(schedule.edit(FakeRequest.get(clinician, "/x").pathParam("sessionId", sessionId)))
                .contains("value=\"10:00\""));
        assertInstanceOf(PageResult.Redirect.class, schedule.change(FakeRequest.post(clinician, "/x")
                .pathParam("sessionId", sessionId).date("heldOn", TestWorld.TODAY).form("startTime", "14:00")
                .form("durationMinutes", "60").form("facilitatorId", TestWorld.CLINICIAN).form("attendeeIds", TestWorld.SW)));
        ReflectionSession moved = world.services.sessions().find(sessionId, TestWorld.CCC).orElseThrow();
        assertEquals(14, moved.startsAt().getHour());
        assertEquals(List.of("Jess Parson"), world.services.sessions().attendees(sessionId).stream()
                .map(a -> a.name()).toList());

        world.services.discussions().record(sessionId, 1, null, new FamilyDiscussion.Content(null, "r", "p", "l",
                RiskRating.LOW, null), List.of(), TestWorld.CLINICIAN, "Dr Ian", world.clock.instant());
        assertEquals(400, ((PageResult.Error) schedule.cancel(FakeRequest.post(clinician, "/x")
                .pathParam("sessionId", sessionId))).status());
        assertTrue(Pages.render(schedule.confirmCancel(FakeRequest.get(clinician, "/x").pathParam("sessionId", sessionId)))
                .contains("cannot be cancelled"));
    }

    @Test
    void aSessionWithNothingRecordedIsCancelled() {
        world.fenlandFamily(1, "Adams");
        long sessionId = scheduleToday(clinician);

        PageResult result = schedule.cancel(FakeRequest.post(world.user(TestWorld.MANAGER), "/x").pathParam("sessionId", sessionId));

        assertEquals("/reflection/teams/100?done=cancelled", ((PageResult.Redirect) result).location());
        assertEquals(SessionStatus.CANCELLED, world.services.sessions().find(sessionId, TestWorld.CCC).orElseThrow().status());
        assertEquals(1, world.audit.actions("reflection.session.cancel").size());
    }

    @Test
    void proposingAgainFillsTheRoomLeftWithTheOldestDiscussed() {
        world.fenlandFamily(1, "Adams");
        world.fenlandFamily(2, "Brown");
        world.fenlandFamily(3, "Clark");
        long sessionId = scheduleToday(clinician);
        agenda.remove(FakeRequest.post(clinician, "/x").pathParam("sessionId", sessionId).pathParam("familyId", 2));
        assertEquals(List.of(1L, 3L), world.services.sessions().agenda(sessionId).stream().map(AgendaItem::familyId).toList());

        agenda.propose(FakeRequest.post(clinician, "/x").pathParam("sessionId", sessionId));

        assertEquals(List.of(1L, 2L, 3L), world.services.sessions().agenda(sessionId).stream().map(AgendaItem::familyId).toList());
        PageResult bad = agenda.add(FakeRequest.post(clinician, "/x").pathParam("sessionId", sessionId).form("familyId", 99));
        assertEquals(400, ((PageResult.Page) bad).status());
        assertTrue(Pages.render(bad).contains("Select one of the team&#x27;s open families")
                || Pages.render(bad).contains("Select one of the team's open families"));
    }

    @Test
    void anActionIsMarkedDoneByItsOwnerAndLeavesTheTray() {
        world.fenlandFamily(1, "Adams");
        long sessionId = scheduleToday(clinician);
        world.services.discussions().record(sessionId, 1, null, new FamilyDiscussion.Content(null, "r", "p", "l",
                RiskRating.LOW, null), List.of(new org.safeguard.reflection.data.DiscussionRepository.NewAction("Ring school",
                TestWorld.SW, "Jess Parson", TestWorld.TODAY)), TestWorld.CLINICIAN, "Dr Ian", world.clock.instant());
        DiscussionAction action = world.services.actions().openForFamily(TestWorld.CCC, 1).get(0);
        ActionPages actions = new ActionPages(world.services);

        assertEquals(PageResult.forbidden(), actions.mark(FakeRequest.post(world.user(TestWorld.SSW), "/x")
                .pathParam("actionId", action.id()), true), "a colleague who neither owns nor manages it");
        assertEquals(PageResult.notFound(), actions.mark(FakeRequest.post(world.user(TestWorld.HUNTS_SW), "/x")
                .pathParam("actionId", action.id()), true), "someone who cannot see the family");
        PageResult done = actions.mark(FakeRequest.post(world.user(TestWorld.SW), "/x").pathParam("actionId", action.id())
                .form("returnTo", "https://evil.example/"), true);

        assertEquals("/reflection/families/1?done=action#actions", ((PageResult.Redirect) done).location());
        assertTrue(new ReflectionWorkTray(world.services).items(java.util.Set.of(TestWorld.FENLAND_FS1),
                TestWorld.TODAY.plusDays(7)).isEmpty());
        assertEquals("action=" + action.id(), world.audit.actions("reflection.action.done").get(0).detail());
        PageResult reopened = actions.mark(FakeRequest.post(world.user(TestWorld.MANAGER), "/x")
                .pathParam("actionId", action.id()).form("returnTo", "/reflection/sessions/" + sessionId + "/families/1"), false);
        assertEquals("/reflection/sessions/" + sessionId + "/families/1?done=action#actions",
                ((PageResult.Redirect) reopened).location());
        assertEquals(1, world.audit.actions("reflection.action.reopen").size());
        assertEquals(LocalDate.class, TestWorld.TODAY.getClass());
    }
}
