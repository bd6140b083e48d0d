package org.safeguard.reflection.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.reflection.model.AgendaItem;
import org.safeguard.reflection.model.DiscussionAction;
import org.safeguard.reflection.model.FamilyDiscussion;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.ReflectionSettings;
import org.safeguard.reflection.model.RiskRating;
import org.safeguard.reflection.model.SessionStatus;
import org.safeguard.reflection.rules.ClinicianTime;
import org.safeguard.reflection.rules.DriftRule;
import org.safeguard.reflection.support.TestWorld;

/**
 * The changelog and every query on a real (in-memory) Derby through EclipseLink as the platform
 * runs it: a column type Derby refuses or a JPQL mistake fails here, not in the distribution.
 */
class RepositoriesTest {

    private static final Instant NOW = Instant.parse("2026-03-18T10:00:00Z");
    private static final LocalDateTime TEN_AM = LocalDateTime.of(2026, 3, 18, 10, 0);

    private final TestWorld world = new TestWorld();
    private final SessionRepository sessions = world.services.sessions();
    private final DiscussionRepository discussions = world.services.discussions();
    private final ActionRepository actions = world.services.actions();

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    private ReflectionSession schedule(LocalDateTime at, List<Long> agenda) {
        return sessions.schedule(new ReflectionSession(TestWorld.CCC, TestWorld.FENLAND_FS1, "Fenland FS 1", at, 120,
                        TestWorld.CLINICIAN, "Dr Ian", TestWorld.MANAGER, NOW),
                List.of(new SessionRepository.NewAttendee(TestWorld.SW, "Jess Parson", "Social worker")), agenda);
    }

    private static FamilyDiscussion.Content content(RiskRating rating) {
        return new FamilyDiscussion.Content("", "Risks", "Protective", "Lived", rating, null);
    }

    private List<Long> agenda(ReflectionSession session) {
        return sessions.agenda(session.id()).stream().map(AgendaItem::familyId).toList();
    }

    @Test
    void aSessionIsScheduledWithItsAttendeesAndAgendaAndFoundOnlyInItsAuthority() {
        ReflectionSession session = schedule(TEN_AM, List.of(30L, 10L, 20L));

        assertEquals(List.of(30L, 10L, 20L), agenda(session));
        assertEquals("Jess Parson", sessions.attendees(session.id()).get(0).name());
        assertTrue(sessions.find(session.id(), TestWorld.CCC).isPresent());
        assertTrue(sessions.find(session.id(), TestWorld.PCC).isEmpty(), "another authority's id is not found");
        assertEquals(SessionStatus.SCHEDULED, sessions.find(session.id(), TestWorld.CCC).orElseThrow().status());
        assertEquals(List.of(session.id()), sessions.open(TestWorld.CCC, TestWorld.FENLAND_FS1).stream()
                .map(ReflectionSession::id).toList());
        assertEquals(Map.of(session.id(), 3L), sessions.agendaSizes(List.of(session.id())));
    }

    @Test
    void theFacilitatorReordersAddsAndRemoves() {
        ReflectionSession session = schedule(TEN_AM, List.of(1L, 2L, 3L));

        assertTrue(sessions.move(session.id(), 3L, -1));
        assertEquals(List.of(1L, 3L, 2L), agenda(session));
        assertTrue(sessions.move(session.id(), 1L, -1), "the first stays first");
        assertEquals(List.of(1L, 3L, 2L), agenda(session));
        assertTrue(sessions.move(session.id(), 1L, 1));
        assertEquals(List.of(3L, 1L, 2L), agenda(session));
        assertTrue(sessions.addToAgenda(session.id(), 9L));
        assertFalse(sessions.addToAgenda(session.id(), 9L), "a family is on an agenda once");
        assertTrue(sessions.removeFromAgenda(session.id(), 1L));
        assertFalse(sessions.removeFromAgenda(session.id(), 1L));
        assertFalse(sessions.move(session.id(), 1L, 1), "not on the agenda");
        assertEquals(List.of(3L, 2L, 9L), agenda(session));
        assertEquals(List.of(1, 2, 3), sessions.agenda(session.id()).stream().map(AgendaItem::sortOrder).toList());
    }

    @Test
    void proposingAgainKeepsAddedAndDiscussedFamilies() {
        ReflectionSession session = schedule(TEN_AM, List.of(1L, 2L, 3L));
        sessions.addToAgenda(session.id(), 4L);
        discussions.record(session.id(), 2L, null, content(RiskRating.LOW), List.of(), TestWorld.CLINICIAN, "Dr Ian", NOW);

        sessions.repropose(session.id(), List.of(7L, 4L, 8L), Set.of(2L));

        assertEquals(List.of(2L, 4L, 7L, 8L), agenda(session));
    }

    @Test
    void aDiscussionAndItsActionsAreRecordedTogetherAndRevisedByVersion() {
        ReflectionSession session = schedule(TEN_AM, List.of(1L));
        FamilyDiscussion first = discussions.record(session.id(), 1L, null, content(RiskRating.HIGH),
                List.of(new DiscussionRepository.NewAction("Visit unannounced", TestWorld.SW, "Jess Parson",
                        LocalDate.of(2026, 3, 25))), TestWorld.CLINICIAN, "Dr Ian", NOW);

        assertEquals(LocalDate.of(2026, 3, 18), first.discussedOn());
        DiscussionAction action = actions.ofDiscussions(List.of(first.id())).get(first.id()).get(0);
        assertEquals(LocalDate.of(2026, 3, 18), action.agreedOn());
        assertEquals(TestWorld.FENLAND_FS1, action.teamId());

        FamilyDiscussion revised = discussions.record(session.id(), 1L, first.version(), content(RiskRating.MEDIUM),
                List.of(), TestWorld.MANAGER, "Karen Holbeach", NOW);
        assertEquals(RiskRating.MEDIUM, revised.riskRating());
        assertEquals("Karen Holbeach", discussions.find(session.id(), 1L).orElseThrow().updatedByName());

        assertThrows(ChangedMeanwhile.class, () -> discussions.record(session.id(), 1L, first.version(),
                content(RiskRating.VERY_HIGH), List.of(new DiscussionRepository.NewAction("Should not be saved",
                        TestWorld.SW, "Jess Parson", LocalDate.of(2026, 3, 25))), TestWorld.CLINICIAN, "Dr Ian", NOW));
        assertThrows(ChangedMeanwhile.class, () -> discussions.record(session.id(), 1L, null, content(RiskRating.LOW),
                List.of(), TestWorld.CLINICIAN, "Dr Ian", NOW), "someone else recorded it first");
        assertEquals(RiskRating.MEDIUM, discussions.find(session.id(), 1L).orElseThrow().riskRating());
        assertEquals(1, actions.ofDiscussions(List.of(first.id())).get(first.id()).size(), "nothing partial was saved");
    }

    @Test
    void nothingIsRecordedOnceTheSessionHasEnded() {
        ReflectionSession session = schedule(TEN_AM, List.of(1L));
        discussions.record(session.id(), 1L, null, content(RiskRating.LOW), List.of(), TestWorld.CLINICIAN, "Dr Ian", NOW);
        assertTrue(sessions.end(session.id(), SessionStatus.CLOSED, TestWorld.CLINICIAN, "Dr Ian", NOW));
        assertFalse(sessions.end(session.id(), SessionStatus.CANCELLED, TestWorld.CLINICIAN, "Dr Ian", NOW),
                "an ended session ends once");

        ChangedMeanwhile refused = assertThrows(ChangedMeanwhile.class, () -> discussions.record(session.id(), 2L, null,
                content(RiskRating.LOW), List.of(), TestWorld.CLINICIAN, "Dr Ian", NOW));
        assertEquals("The session has been closed meanwhile, so nothing was saved.", refused.getMessage());
        assertEquals(1, sessions.countEnded(TestWorld.CCC, TestWorld.FENLAND_FS1));
        assertEquals(Map.of(TestWorld.FENLAND_FS1, TEN_AM), sessions.lastClosed(TestWorld.CCC, List.of(TestWorld.FENLAND_FS1)));
    }

    @Test
    void aFamilysDiscussionsAreReadBackForTheRules() {
        ReflectionSession march4 = schedule(TEN_AM.minusWeeks(2), List.of(1L, 2L));
        ReflectionSession march18 = schedule(TEN_AM, List.of(1L));
        discussions.record(march4.id(), 1L, null, content(RiskRating.HIGH), List.of(), TestWorld.CLINICIAN, "Dr Ian", NOW);
        discussions.record(march4.id(), 2L, null, content(RiskRating.LOW), List.of(), TestWorld.CLINICIAN, "Dr Ian", NOW);
        discussions.record(march18.id(), 1L, null, content(RiskRating.VERY_HIGH), List.of(), TestWorld.CLINICIAN, "Dr Ian", NOW);

        assertEquals(Map.of(1L, LocalDate.of(2026, 3, 18), 2L, LocalDate.of(2026, 3, 4)),
                discussions.lastDiscussed(TestWorld.CCC, List.of(1L, 2L, 3L)));
        assertEquals(Map.of(), discussions.lastDiscussed(TestWorld.PCC, List.of(1L, 2L)), "another authority's are not");
        assertEquals(List.of(new DriftRule.Rating(LocalDate.of(2026, 3, 4), RiskRating.HIGH),
                new DriftRule.Rating(LocalDate.of(2026, 3, 18), RiskRating.VERY_HIGH)),
                discussions.ratings(TestWorld.CCC, List.of(1L)).get(1L));
        assertEquals(List.of(march18.id(), march4.id()), discussions.history(TestWorld.CCC, 1L, 0, 10).stream()
                .map(h -> h.session().id()).toList());
        assertEquals(1, discussions.history(TestWorld.CCC, 1L, 1, 10).size(), "paged");
        assertEquals(2, discussions.countHistory(TestWorld.CCC, 1L));
        assertEquals(1, discussions.between(TestWorld.CCC, 1L, LocalDate.of(2026, 3, 10), null).size());
        assertEquals(Map.of(march4.id(), 2L, march18.id(), 1L),
                discussions.countsBySession(List.of(march4.id(), march18.id())));
    }

    @Test
    void theWorkTraysGetOpenActionsDueByTheirHorizonAndDoneIsRecordedWithWhoAndWhen() {
        ReflectionSession session = schedule(TEN_AM, List.of(1L));
        FamilyDiscussion discussion = discussions.record(session.id(), 1L, null, content(RiskRating.HIGH), List.of(
                        new DiscussionRepository.NewAction("Due next week", TestWorld.SW, "Jess", LocalDate.of(2026, 3, 25)),
                        new DiscussionRepository.NewAction("Due in a month", TestWorld.SW, "Jess", LocalDate.of(2026, 4, 18)),
                        new DiscussionRepository.NewAction("Due today", TestWorld.SSW, "Simon", LocalDate.of(2026, 3, 18))),
                TestWorld.CLINICIAN, "Dr Ian", NOW);
        List<DiscussionAction> agreed = actions.ofDiscussions(List.of(discussion.id())).get(discussion.id());

        assertEquals(List.of("Due today", "Due next week"), actions.openDueBy(List.of(TestWorld.FENLAND_FS1),
                LocalDate.of(2026, 3, 25)).stream().map(DiscussionAction::description).toList());
        assertEquals(List.of(), actions.openDueBy(List.of(TestWorld.HUNTS_FS), LocalDate.of(2026, 12, 1)));

        long dueToday = agreed.get(2).id();
        assertTrue(actions.setDone(dueToday, true, TestWorld.SSW, "Simon Marwood", LocalDate.of(2026, 3, 18), NOW));
        assertFalse(actions.setDone(dueToday, true, TestWorld.SSW, "Simon Marwood", LocalDate.of(2026, 3, 18), NOW),
                "already done: nothing written");
        DiscussionAction done = actions.find(dueToday, TestWorld.CCC).orElseThrow();
        assertTrue(done.done());
        assertEquals("Simon Marwood", done.doneByName());
        assertEquals(List.of("Due next week"), actions.openDueBy(List.of(TestWorld.FENLAND_FS1),
                LocalDate.of(2026, 3, 25)).stream().map(DiscussionAction::description).toList());
        assertTrue(actions.setDone(dueToday, false, TestWorld.MANAGER, "Karen Holbeach", LocalDate.of(2026, 3, 19), NOW));
        assertEquals(List.of(true, false), actions.events(List.of(dueToday)).get(dueToday).stream()
                .map(e -> e.done()).toList());
        assertEquals(2, actions.openOwnedBy(TestWorld.CCC, TestWorld.SW).size());
        assertEquals(3, actions.openByFamily(TestWorld.CCC, List.of(1L)).get(1L).size());
        assertTrue(actions.find(dueToday, TestWorld.PCC).isEmpty());
    }

    @Test
    void familiesOnEarlierScheduledSessionsArePlanned() {
        ReflectionSession nextWeek = schedule(TEN_AM.plusWeeks(1), List.of(1L, 2L));
        ReflectionSession inTwoWeeks = schedule(TEN_AM.plusWeeks(2), List.of(2L, 3L));

        assertEquals(Map.of(1L, LocalDate.of(2026, 3, 25), 2L, LocalDate.of(2026, 3, 25)),
                sessions.planned(TestWorld.CCC, TestWorld.FENLAND_FS1, TEN_AM.plusWeeks(2), inTwoWeeks.id()));
        assertEquals(Map.of(), sessions.planned(TestWorld.CCC, TestWorld.FENLAND_FS1, TEN_AM.plusWeeks(1), nextWeek.id()));
    }

    @Test
    void clinicianTimeAndSettingsAreKeptPerAuthority() {
        world.services.attachments().save(TestWorld.CCC, TestWorld.CLINICIAN, Map.of(TestWorld.FENLAND_FS1,
                new ClinicianTime.Recorded(true, new BigDecimal("0.40"))), TestWorld.MANAGER, NOW);
        world.services.attachments().save(TestWorld.CCC, TestWorld.CLINICIAN, Map.of(TestWorld.FENLAND_FS1,
                new ClinicianTime.Recorded(false, new BigDecimal("0.30"))), TestWorld.ADMIN, NOW);

        assertEquals(Map.of(TestWorld.FENLAND_FS1, new ClinicianTime.Recorded(false, new BigDecimal("0.30"))),
                world.services.attachments().forClinician(TestWorld.CCC, TestWorld.CLINICIAN));
        assertEquals(Map.of(), world.services.attachments().forAuthority(TestWorld.PCC));

        SettingsRepository settings = world.services.settings();
        assertEquals(4, settings.forAuthority(TestWorld.CCC).intervalWeeks());
        settings.save(TestWorld.CCC, 2, 90, 15, 12, TestWorld.ADMIN, NOW);
        ReflectionSettings saved = settings.forAuthority(TestWorld.CCC);
        assertEquals(14, saved.intervalDays());
        assertEquals(12, saved.driftCpMonths());
        assertEquals(ReflectionSettings.DEFAULT_INTERVAL_WEEKS, settings.forAuthority(TestWorld.PCC).intervalWeeks());
        assertTrue(sessions.any(TestWorld.CCC) == false);
    }
}
