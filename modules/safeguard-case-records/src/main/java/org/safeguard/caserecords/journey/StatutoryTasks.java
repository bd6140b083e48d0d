package org.safeguard.caserecords.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.safeguard.caserecords.model.CasePlan;
import org.safeguard.caserecords.model.Conference;

/**
 * The statutory tasks one open case has due, from its rows: the open assessment, conferences due
 * and not held, and the next visit on its open plan. Pure, for the case summary and the work tray
 * (which reads the rows for a whole team at once and asks this class per case):
 * <pre>
 *   StatutoryTasks.forCase()
 *       .openAssessmentDue(dueOn)
 *       .conferenceDue("INITIAL", dueOn)
 *       .openPlan("CHILD_PROTECTION", startedOn, visitIntervalDays, lastVisitOn)
 *       .tasks();   // by due date
 * </pre>
 * Only call it for open cases: a closed case has nothing due.
 */
public final class StatutoryTasks {

    public static final String ASSESSMENT = "Assessment";
    public static final String INITIAL_CONFERENCE = "Initial conference";
    public static final String REVIEW_CONFERENCE = "Review conference";
    public static final String CP_VISIT = "CP visit";
    public static final String CIN_VISIT = "CIN visit";

    /** @param kind one of the constants above */
    public record Task(String kind, LocalDate dueOn) {}

    private final List<Task> tasks = new ArrayList<>();

    private StatutoryTasks() {
    }

    public static StatutoryTasks forCase() {
        return new StatutoryTasks();
    }

    /** The due date of an assessment not yet completed; null: none open. */
    public StatutoryTasks openAssessmentDue(LocalDate dueOn) {
        if (dueOn != null) {
            tasks.add(new Task(ASSESSMENT, dueOn));
        }
        return this;
    }

    /** A conference due and not held yet. */
    public StatutoryTasks conferenceDue(Conference.Kind kind, LocalDate dueOn) {
        if (kind != null && dueOn != null) {
            tasks.add(new Task(kind == Conference.Kind.INITIAL ? INITIAL_CONFERENCE : REVIEW_CONFERENCE, dueOn));
        }
        return this;
    }

    /** @param kind the cr_conference.kind column: INITIAL or REVIEW */
    public StatutoryTasks conferenceDue(String kind, LocalDate dueOn) {
        return conferenceDue(kind == null ? null : Conference.Kind.valueOf(kind), dueOn);
    }

    /**
     * The open plan's next statutory visit: the interval after the later of the plan's start and
     * the last visit at which the child was seen.
     *
     * @param lastVisitOn null when the child has not been seen on a visit yet
     */
    public StatutoryTasks openPlan(CasePlan.Kind kind, LocalDate startedOn, int visitIntervalDays, LocalDate lastVisitOn) {
        if (kind != null && startedOn != null) {
            tasks.add(new Task(kind == CasePlan.Kind.CHILD_PROTECTION ? CP_VISIT : CIN_VISIT,
                    CaseJourney.visitDue(startedOn, lastVisitOn, visitIntervalDays)));
        }
        return this;
    }

    /** @param kind the cr_plan.kind column: CHILD_IN_NEED or CHILD_PROTECTION */
    public StatutoryTasks openPlan(String kind, LocalDate startedOn, int visitIntervalDays, LocalDate lastVisitOn) {
        return openPlan(kind == null ? null : CasePlan.Kind.valueOf(kind), startedOn, visitIntervalDays, lastVisitOn);
    }

    /** Every task, soonest first. */
    public List<Task> tasks() {
        List<Task> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparing(Task::dueOn).thenComparing(Task::kind));
        return sorted;
    }

    /** The tasks due on or before {@code dueBy} (overdue included), soonest first: what a work tray lists. */
    public List<Task> dueBy(LocalDate dueBy) {
        return tasks().stream().filter(t -> !t.dueOn().isAfter(dueBy)).toList();
    }
}
