package org.safeguard.caserecords.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.model.CasePlan;
import org.safeguard.caserecords.model.Conference;

class StatutoryTasksTest {

    @Test
    void anAssessmentCaseHasItsAssessmentDue() {
        assertEquals(List.of(new StatutoryTasks.Task("Assessment", LocalDate.of(2027, 1, 7))),
                StatutoryTasks.forCase().openAssessmentDue(LocalDate.of(2027, 1, 7)).tasks());
    }

    @Test
    void aChildProtectionCaseHasItsReviewAndVisitSoonestFirst() {
        List<StatutoryTasks.Task> tasks = StatutoryTasks.forCase()
                .openAssessmentDue(null)
                .conferenceDue(Conference.Kind.REVIEW, LocalDate.of(2027, 4, 12))
                .openPlan(CasePlan.Kind.CHILD_PROTECTION, LocalDate.of(2027, 1, 12), 28, LocalDate.of(2027, 2, 1))
                .tasks();
        assertEquals(List.of(
                new StatutoryTasks.Task("CP visit", LocalDate.of(2027, 3, 1)),
                new StatutoryTasks.Task("Review conference", LocalDate.of(2027, 4, 12))), tasks);
    }

    @Test
    void theWorkTrayCanPassTheColumnsAsTheyAre() {
        List<StatutoryTasks.Task> tasks = StatutoryTasks.forCase()
                .conferenceDue("INITIAL", LocalDate.of(2027, 1, 13))
                .openPlan("CHILD_IN_NEED", LocalDate.of(2026, 10, 1), 42, null)
                .tasks();
        assertEquals(List.of(
                new StatutoryTasks.Task("CIN visit", LocalDate.of(2026, 11, 12)),
                new StatutoryTasks.Task("Initial conference", LocalDate.of(2027, 1, 13))), tasks);
        assertEquals(StatutoryTasks.INITIAL_CONFERENCE, tasks.get(1).kind());
    }

    @Test
    void aVisitBeforeThePlanDoesNotCount() {
        assertEquals(LocalDate.of(2026, 12, 29), StatutoryTasks.forCase()
                .openPlan(CasePlan.Kind.CHILD_PROTECTION, LocalDate.of(2026, 12, 1), 28, LocalDate.of(2026, 11, 20))
                .tasks().get(0).dueOn());
    }

    @Test
    void dueByKeepsOverdueAndDueSoonOnly() {
        StatutoryTasks tasks = StatutoryTasks.forCase()
                .openAssessmentDue(LocalDate.of(2026, 12, 1))
                .conferenceDue(Conference.Kind.INITIAL, LocalDate.of(2026, 12, 10))
                .conferenceDue(Conference.Kind.REVIEW, LocalDate.of(2027, 3, 1));
        assertEquals(List.of("Assessment", "Initial conference"),
                tasks.dueBy(LocalDate.of(2026, 12, 10)).stream().map(StatutoryTasks.Task::kind).toList());
        assertTrue(tasks.dueBy(LocalDate.of(2026, 11, 30)).isEmpty());
    }

    @Test
    void nothingGivenNothingDue() {
        assertTrue(StatutoryTasks.forCase().openAssessmentDue(null).conferenceDue((String) null, null)
                .openPlan((String) null, null, 28, null).tasks().isEmpty());
    }
}
