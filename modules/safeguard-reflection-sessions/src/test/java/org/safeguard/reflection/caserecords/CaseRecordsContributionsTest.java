package org.safeguard.reflection.caserecords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.reflection.data.DiscussionRepository;
import org.safeguard.reflection.model.FamilyDiscussion;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.RiskRating;
import org.safeguard.reflection.support.TestWorld;

class CaseRecordsContributionsTest {

    private final TestWorld world = new TestWorld();

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    private void discuss(LocalDate on, long family, List<DiscussionRepository.NewAction> actions) {
        ReflectionSession session = world.services.sessions().schedule(new ReflectionSession(TestWorld.CCC,
                TestWorld.FENLAND_FS1, "Fenland Family Safeguarding team 1", on.atTime(10, 0), 120, TestWorld.CLINICIAN,
                "Dr Ian Wisbech-Clarke", TestWorld.CLINICIAN, world.clock.instant()), List.of(), List.of(family));
        world.services.discussions().record(session.id(), family, null, new FamilyDiscussion.Content(null, "r", "p", "l",
                RiskRating.VERY_HIGH, null), actions, TestWorld.CLINICIAN, "Dr Ian Wisbech-Clarke", world.clock.instant());
    }

    @Test
    void anActionPointsAtAnOpenCaseOfTheFamilyHeldByTheTeamOrElseAnyOpenOneOrElseTheLatest() {
        world.cases.family(1, TestWorld.CCC, TestWorld.FENLAND, "Adams");
        ChildCase closed = world.cases.close(world.cases.openCase(1, "Older", TestWorld.FENLAND_FS1, TestWorld.SW,
                LocalDate.of(2020, 1, 1), CaseStage.CHILD_IN_NEED), LocalDate.of(2021, 1, 1));
        ChildCase otherTeam = world.cases.openCase(1, "Middle", TestWorld.FENLAND_FS2, TestWorld.MANAGER2,
                LocalDate.of(2025, 1, 1), CaseStage.CHILD_IN_NEED);
        ChildCase held = world.cases.openCase(1, "Youngest", TestWorld.FENLAND_FS1, TestWorld.SW,
                LocalDate.of(2025, 6, 1), CaseStage.CHILD_PROTECTION);

        assertEquals(held, ReflectionWorkTray.pointAt(world.cases.casesOfFamily(1), TestWorld.FENLAND_FS1).orElseThrow());
        assertEquals(otherTeam, ReflectionWorkTray.pointAt(world.cases.casesOfFamily(1), TestWorld.HUNTS_FS).orElseThrow());
        assertEquals(closed, ReflectionWorkTray.pointAt(List.of(closed), TestWorld.FENLAND_FS1).orElseThrow());
        assertTrue(ReflectionWorkTray.pointAt(List.of(), TestWorld.FENLAND_FS1).isEmpty());
        assertEquals("x".repeat(149) + "\u2026", ReflectionWorkTray.shorten("x".repeat(200)));
    }

    @Test
    void theTrayIsAskedForItsTeamsAndDueDatesOnly() {
        world.fenlandFamily(1, "Adams");
        discuss(TestWorld.TODAY, 1, List.of(new DiscussionRepository.NewAction("Soon", TestWorld.SW, "Jess Parson",
                TestWorld.TODAY.plusDays(3)), new DiscussionRepository.NewAction("Later", TestWorld.SSW, "Simon Marwood",
                TestWorld.TODAY.plusDays(30))));
        ReflectionWorkTray tray = new ReflectionWorkTray(world.services);

        assertEquals(List.of("Soon"), tray.items(Set.of(TestWorld.FENLAND_FS1), TestWorld.TODAY.plusDays(7)).stream()
                .map(i -> i.description().substring(0, 4)).toList());
        assertTrue(tray.items(Set.of(TestWorld.HUNTS_FS), TestWorld.TODAY.plusDays(60)).isEmpty());
        assertTrue(tray.items(Set.of(), TestWorld.TODAY.plusDays(60)).isEmpty());
        assertEquals("reflection-sessions", tray.moduleId());
    }

    @Test
    void theChronologyHasTheDiscussionsWhileTheChildsCaseWasOpen() {
        world.cases.family(1, TestWorld.CCC, TestWorld.FENLAND, "Adams");
        ChildCase earlier = world.cases.close(world.cases.openCase(1, "Amy", TestWorld.FENLAND_FS1, TestWorld.SW,
                TestWorld.TODAY.minusMonths(8), CaseStage.CHILD_IN_NEED), TestWorld.TODAY.minusMonths(4));
        ChildCase now = world.cases.openCase(1, "Amy", TestWorld.FENLAND_FS1, TestWorld.SW, TestWorld.TODAY.minusMonths(2),
                CaseStage.CHILD_PROTECTION);
        discuss(TestWorld.TODAY.minusMonths(6), 1, List.of());
        discuss(TestWorld.TODAY.minusWeeks(2), 1, List.of());

        ReflectionChronology chronology = new ReflectionChronology(world.services);

        assertEquals(List.of(TestWorld.TODAY.minusMonths(6)), chronology.events(earlier).stream().map(e -> e.date()).toList());
        assertEquals(List.of(TestWorld.TODAY.minusWeeks(2)), chronology.events(now).stream().map(e -> e.date()).toList());
        assertEquals("Discussed at reflection session (Fenland Family Safeguarding team 1): risk rating Very high",
                chronology.events(now).get(0).summary());
        assertEquals("Dr Ian Wisbech-Clarke", chronology.events(now).get(0).recordedBy());
        assertEquals("Reflection sessions", chronology.events(now).get(0).source());
    }
}
