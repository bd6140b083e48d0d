package org.safeguard.familysafeguarding.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.familysafeguarding.Records.AT;
import static org.safeguard.familysafeguarding.Records.assignment;
import static org.safeguard.familysafeguarding.Records.factor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.familysafeguarding.World;
import org.safeguard.familysafeguarding.model.AssignmentEndReason;
import org.safeguard.familysafeguarding.model.Attendance;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.FactorKind;
import org.safeguard.familysafeguarding.model.GoalReview;
import org.safeguard.familysafeguarding.model.GoalStatus;
import org.safeguard.familysafeguarding.model.ParentGoal;
import org.safeguard.familysafeguarding.model.ParentSession;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.model.PractitionerScope;
import org.safeguard.familysafeguarding.model.Progress;
import org.safeguard.familysafeguarding.model.SessionType;
import org.safeguard.familysafeguarding.model.WorkbookEntry;
import org.safeguard.familysafeguarding.model.WorkbookRole;

/** The changelog and every query on a real (in-memory) Derby, migrated as the platform migrates it. */
class RepositoriesTest {

    private static final World WORLD = new World("fs-repositories");
    private final FamilySafeguardingData data = WORLD.data;

    @BeforeEach
    void empty() {
        WORLD.reset();
    }

    @AfterAll
    static void close() {
        WORLD.close();
    }

    @Test
    void aFactorIsRecordedOnceWhileOpenAndAgainAfterItEnded() {
        var first = data.factors().record(factor(1, 11, "Kelly Smith", FactorKind.SUBSTANCE_MISUSE, LocalDate.of(2026, 1, 5)));
        assertTrue(first.isPresent());
        assertTrue(data.factors().record(factor(1, 11, "Kelly Smith", FactorKind.SUBSTANCE_MISUSE,
                LocalDate.of(2026, 2, 5))).isEmpty(), "a double submit records nothing");
        assertTrue(data.factors().end(2, first.get().id(), LocalDate.of(2026, 3, 1), "x", "Neil", AT).isEmpty(),
                "another family's id is not found");
        var ended = data.factors().end(1, first.get().id(), LocalDate.of(2026, 3, 1), "Negative tests", "Neil", AT);
        assertFalse(ended.get().open());
        assertTrue(data.factors().end(1, first.get().id(), LocalDate.of(2026, 3, 2), "again", "Neil", AT).isEmpty(),
                "already ended");
        assertTrue(data.factors().record(factor(1, 11, "Kelly Smith", FactorKind.SUBSTANCE_MISUSE,
                LocalDate.of(2026, 3, 10))).isPresent(), "it came back");
        assertEquals(2, data.factors().ofFamily(1).size(), "history kept");
        assertEquals(1, data.factors().openOfFamilies(List.of(1L, 2L)).size());
        assertTrue(data.factors().find(2, first.get().id()).isEmpty());
    }

    @Test
    void assignmentsRefuseAnOpenDuplicateAndCountFamiliesOncePerPractitioner() {
        PractitionerAssignment kelly = data.assignments().start(assignment(1, 11, "Kelly Smith", 5, "Bridget Elm",
                Discipline.DOMESTIC_ABUSE, LocalDate.of(2026, 1, 5))).orElseThrow();
        assertTrue(data.assignments().start(assignment(1, 11, "Kelly Smith", 5, "Bridget Elm",
                Discipline.DOMESTIC_ABUSE, LocalDate.of(2026, 2, 5))).isEmpty());
        data.assignments().start(assignment(1, 12, "Dean Smith", 5, "Bridget Elm", Discipline.DOMESTIC_ABUSE,
                LocalDate.of(2026, 1, 5))).orElseThrow();
        data.assignments().start(assignment(2, 21, "Jo Jones", 5, "Bridget Elm", Discipline.DOMESTIC_ABUSE,
                LocalDate.of(2026, 1, 5))).orElseThrow();
        data.assignments().start(assignment(2, 21, "Jo Jones", 3, "Neil Coates", Discipline.SUBSTANCE_MISUSE,
                LocalDate.of(2026, 1, 5))).orElseThrow();
        assertEquals(Map.of(5L, 2, 3L, 1), data.assignments().openFamiliesPerPractitioner(List.of(3L, 5L, 4L)));
        assertTrue(data.assignments().hasOpen(5, 1));
        assertFalse(data.assignments().hasOpen(3, 1));
        assertEquals(3, data.assignments().openOf(5).size());
        assertEquals(4, data.assignments().openOfTeams(Set.of(World.TEAM_1)).size());
        assertEquals(List.of(), data.assignments().openOfTeams(Set.of()));

        data.assignments().end(1, kelly.id(), LocalDate.of(2026, 3, 1), AssignmentEndReason.WORK_COMPLETED, "Karen", AT);
        List<PractitionerAssignment> smith = data.assignments().ofFamily(1);
        assertTrue(smith.get(0).open(), "open first");
        assertEquals(AssignmentEndReason.WORK_COMPLETED, smith.get(1).endReason());
        assertTrue(data.assignments().start(assignment(1, 11, "Kelly Smith", 5, "Bridget Elm",
                Discipline.DOMESTIC_ABUSE, LocalDate.of(2026, 3, 10))).isPresent(), "new work after the old ended");
    }

    @Test
    void sessionsPageLatestFirstAndGiveTheLastHeldPerAssignment() {
        PractitionerAssignment a = data.assignments().start(assignment(1, 11, "Kelly Smith", 3, "Neil Coates",
                Discipline.SUBSTANCE_MISUSE, LocalDate.of(2026, 1, 5))).orElseThrow();
        for (int day = 1; day <= 30; day++) {
            data.sessions().record(new ParentSession(World.CCC, 1, a.id(), LocalDate.of(2026, 1, 5).plusDays(day),
                    SessionType.HOME_VISIT, Attendance.ATTENDED, null, null, "Session " + day, 3, "Neil Coates", AT));
        }
        assertEquals(30, data.sessions().count(1));
        List<ParentSession> page = data.sessions().page(1, 25, 25);
        assertEquals(5, page.size());
        assertEquals(LocalDate.of(2026, 1, 10), page.get(0).heldOn());
        assertEquals(LocalDate.of(2026, 2, 4), data.sessions().lastHeld(List.of(a.id())).get(a.id()));
        assertTrue(data.sessions().find(2, page.get(0).id()).isEmpty());
    }

    @Test
    void aGoalReviewMovesTheGoalOnOnceAndAStaleOneIsRefused() {
        PractitionerAssignment a = data.assignments().start(assignment(1, 11, "Kelly Smith", 3, "Neil Coates",
                Discipline.SUBSTANCE_MISUSE, LocalDate.of(2026, 1, 5))).orElseThrow();
        ParentGoal goal = data.goals().set(new ParentGoal(World.CCC, 1, a.id(), "Sober on Saturdays",
                LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 16), 3, "Neil Coates", AT));
        int version = goal.rowVersion();
        assertEquals(List.of(goal.id()), data.goals().reviewsDue(List.of(a.id()), LocalDate.of(2026, 2, 16)).stream()
                .map(ParentGoal::id).toList());
        ParentGoal reviewed = data.goals().review(1, goal.id(), version, new GoalReview(goal.id(),
                LocalDate.of(2026, 2, 16), Progress.SOME, "Two good weekends", LocalDate.of(2026, 3, 16), 3, "Neil", AT),
                false).orElseThrow();
        assertEquals(LocalDate.of(2026, 3, 16), reviewed.nextReviewOn());
        assertThrows(OptimisticLockException.class, () -> data.goals().review(1, goal.id(), version,
                new GoalReview(goal.id(), LocalDate.of(2026, 2, 17), Progress.GOOD, "x", LocalDate.of(2026, 3, 1), 3,
                        "Neil", AT), false));
        assertEquals(1, data.goals().reviews(goal.id()).size(), "the refused review saved nothing");
        ParentGoal achieved = data.goals().review(1, goal.id(), reviewed.rowVersion(), new GoalReview(goal.id(),
                LocalDate.of(2026, 3, 16), Progress.ACHIEVED, "Three months sober", null, 3, "Neil", AT), false).orElseThrow();
        assertEquals(GoalStatus.ACHIEVED, achieved.status());
        assertEquals(Map.of(), data.goals().nextReviews(List.of(a.id())), "no open goal left");
        assertEquals(Progress.ACHIEVED, data.goals().latestReviews(List.of(goal.id())).get(goal.id()).progress());
        assertTrue(data.goals().review(1, goal.id(), achieved.rowVersion(), new GoalReview(goal.id(),
                LocalDate.of(2026, 3, 16), Progress.GOOD, "x", null, 3, "Neil", AT), false).isEmpty(), "closed");
    }

    @Test
    void aWorkbookSlotIsFilledOnceAndEditsKeepEveryVersion() {
        WorkbookEntry chapter = data.workbook().create(WorkbookEntry.chapter(World.CCC, 1, WorkbookRole.DOMESTIC_ABUSE,
                "First version", 5, "Bridget Elm", AT)).orElseThrow();
        assertTrue(data.workbook().create(WorkbookEntry.chapter(World.CCC, 1, WorkbookRole.DOMESTIC_ABUSE,
                "A rival first version", 5, "Bridget Elm", AT)).isEmpty(), "the database refuses a second chapter");
        assertTrue(data.workbook().create(WorkbookEntry.chapter(World.CCC, 2, WorkbookRole.DOMESTIC_ABUSE,
                "Another family's", 5, "Bridget Elm", AT)).isPresent());
        WorkbookEntry edited = data.workbook().edit(1, chapter.id(), 1, "Second version", "Karen Holbeach",
                AT.plusHours(1)).orElseThrow();
        assertEquals(2, edited.revision());
        assertEquals("Bridget Elm", edited.firstAuthorName());
        assertThrows(OptimisticLockException.class, () -> data.workbook().edit(1, chapter.id(), 1, "Stale", "Neil",
                AT.plusHours(2)));
        assertEquals("Second version", data.workbook().find(1, chapter.id()).orElseThrow().body());
        assertEquals(List.of("First version"), data.workbook().revisions(chapter.id()).stream()
                .map(r -> r.body()).toList());
        assertTrue(data.workbook().edit(2, chapter.id(), 2, "x", "Neil", AT).isEmpty(), "another family's entry");
        data.workbook().create(WorkbookEntry.summary(World.CCC, 1, WorkbookRole.DOMESTIC_ABUSE, LocalDate.of(2026, 3, 9),
                "March", 5, "Bridget Elm", AT)).orElseThrow();
        assertTrue(data.workbook().findSlot(1, "SUMMARY:DOMESTIC_ABUSE:2026-03").isPresent());
        assertEquals(2, data.workbook().ofFamily(1).size());
    }

    @Test
    void settingsAreTheDefaultsUntilSaved() {
        assertEquals(PractitionerScope.TEAM, data.settings().forAuthority(World.CCC).scope());
        data.settings().save(World.CCC, 12, 10, 14, PractitionerScope.ASSIGNED, 5);
        data.settings().save(World.CCC, 13, 10, 14, PractitionerScope.ASSIGNED, 5);
        assertEquals(13, data.settings().forAuthority(World.CCC).familiesPerFte(Discipline.SUBSTANCE_MISUSE));
        assertEquals(14, data.settings().forAuthority(World.CCC).familiesPerFte(Discipline.DOMESTIC_ABUSE));
        assertEquals(PractitionerScope.TEAM, data.settings().forAuthority(World.PCC).scope(), "per authority");
    }
}
