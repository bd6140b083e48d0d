package org.safeguard.caserecords.workload;

import static org.safeguard.caserecords.TestCalendars.WEEKDAYS_ONLY;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.WorkTrayItem;

/** The work tray's date rules with a weekends-only calendar. Today is Wednesday 25 November 2026. */
class WorkTrayTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    private final WorkTray tray = new WorkTray(WEDNESDAY, WEEKDAYS_ONLY, 5);

    private static WorkTray.CaseRef ref(long caseId, String child) {
        return new WorkTray.CaseRef(caseId, 1, 14, child, 7L, null);
    }

    @Test
    void dueSoonRunsFiveWorkingDaysSkippingTheWeekend() {
        assertEquals(LocalDate.of(2026, 12, 2), tray.horizon());
        assertEquals(Optional.of(WorkTray.Section.OVERDUE), tray.sectionFor(WEDNESDAY.minusDays(1)));
        assertEquals(Optional.of(WorkTray.Section.DUE_SOON), tray.sectionFor(WEDNESDAY));
        assertEquals(Optional.of(WorkTray.Section.DUE_SOON), tray.sectionFor(LocalDate.of(2026, 12, 2)));
        assertEquals(Optional.empty(), tray.sectionFor(LocalDate.of(2026, 12, 3)));
    }

    @Test
    void theNextVisitIsDueAnIntervalAfterTheLastVisitOrThePlanStart() {
        LocalDate start = LocalDate.of(2026, 10, 1);
        assertEquals(LocalDate.of(2026, 10, 29), WorkTray.nextVisitDue(start, null, 28));
        assertEquals(LocalDate.of(2026, 11, 12), WorkTray.nextVisitDue(start, LocalDate.of(2026, 10, 15), 28));
        // A visit before the plan started does not count for it.
        assertEquals(LocalDate.of(2026, 10, 29), WorkTray.nextVisitDue(start, LocalDate.of(2026, 9, 20), 28));
    }

    @Test
    void aPlanIsFlaggedTheDayAfterItsFirstYear() {
        assertFalse(tray.overTwelveMonths(LocalDate.of(2025, 11, 25)));
        assertTrue(tray.overTwelveMonths(LocalDate.of(2025, 11, 24)));
    }

    @Test
    void tasksGoToTheirSectionsInDateOrder() {
        List<WorkTray.DueTask> tasks = List.of(
                new WorkTray.DueTask(ref(1, "Amy Smith"), WorkTray.TaskKind.ASSESSMENT, LocalDate.of(2026, 11, 20)),
                new WorkTray.DueTask(ref(2, "Ben Jones"), WorkTray.TaskKind.INITIAL_CONFERENCE, LocalDate.of(2026, 11, 10)),
                new WorkTray.DueTask(ref(3, "Cara Lee"), WorkTray.TaskKind.REVIEW_CONFERENCE, LocalDate.of(2026, 11, 27)),
                new WorkTray.DueTask(ref(4, "Dan Ray"), WorkTray.TaskKind.ASSESSMENT, LocalDate.of(2026, 12, 20)));
        List<WorkTray.OpenPlan> plans = List.of(
                // CP plan: last seen 20 October + 28 days = 17 November, overdue.
                new WorkTray.OpenPlan(ref(5, "Eve Shaw"), "CHILD_PROTECTION", LocalDate.of(2025, 6, 1), 28,
                        LocalDate.of(2026, 10, 20)),
                // CIN plan started 20 October, never seen: due 1 December, within the window.
                new WorkTray.OpenPlan(ref(6, "Finn Ward"), "CHILD_IN_NEED", LocalDate.of(2026, 10, 20), 42, null));
        List<WorkTray.AwaitingSignOff> signOffs = List.of(
                new WorkTray.AwaitingSignOff(ref(7, "Gus Hill"), LocalDate.of(2026, 11, 18)));
        Map<WorkTray.Section, List<WorkTray.Entry>> sections = tray.sections(tasks, plans, signOffs, List.of(),
                r -> true, id -> "Sam Worker");

        List<WorkTray.Entry> overdue = sections.get(WorkTray.Section.OVERDUE);
        assertEquals(List.of("Ben Jones", "Eve Shaw", "Amy Smith"), overdue.stream().map(WorkTray.Entry::childName).toList());
        assertEquals("15 days overdue", overdue.get(0).when());
        assertEquals("Initial conference", overdue.get(0).kind());
        assertEquals("CP visit", overdue.get(1).kind());
        assertEquals("Child protection visit due (last seen 20 October 2026)", overdue.get(1).description());
        assertEquals("/cases/5/notes/new", overdue.get(1).href());
        assertEquals("Sam Worker", overdue.get(0).ownerName());

        List<WorkTray.Entry> dueSoon = sections.get(WorkTray.Section.DUE_SOON);
        assertEquals(List.of("Cara Lee", "Finn Ward"), dueSoon.stream().map(WorkTray.Entry::childName).toList());
        assertEquals("In 2 working days", dueSoon.get(0).when());
        assertEquals("In 4 working days", dueSoon.get(1).when(), "Tuesday 1 December, over the weekend");
        assertEquals("Child in need visit due (not seen since the plan started)", dueSoon.get(1).description());

        assertEquals(List.of("Gus Hill"), sections.get(WorkTray.Section.AWAITING_SIGN_OFF).stream()
                .map(WorkTray.Entry::childName).toList());
        assertEquals("7 days ago", sections.get(WorkTray.Section.AWAITING_SIGN_OFF).get(0).when());

        List<WorkTray.Entry> longPlans = sections.get(WorkTray.Section.LONG_PLANS);
        assertEquals(1, longPlans.size());
        assertEquals("Child protection plan open 17 months", longPlans.get(0).description());
        assertTrue(sections.get(WorkTray.Section.UNALLOCATED).isEmpty(), "unallocated cases come from their own query");
    }

    @Test
    void aCaseTheUserCannotOpenShowsTheTaskButNotTheChild() {
        List<WorkTray.DueTask> tasks = List.of(
                new WorkTray.DueTask(ref(1, "Amy Smith"), WorkTray.TaskKind.ASSESSMENT, LocalDate.of(2026, 11, 20)));
        WorkTray.Entry entry = tray.sections(tasks, List.of(), List.of(), List.of(), r -> false, id -> "Sam")
                .get(WorkTray.Section.OVERDUE).get(0);
        assertNull(entry.childName());
        assertNull(entry.href());
        assertFalse(entry.visible());
        assertEquals("Assessment", entry.kind());
    }

    @Test
    void otherModulesItemsAreGroupedByTheirDueDate() {
        List<WorkTray.ModuleItem> items = List.of(
                new WorkTray.ModuleItem("fostering", new WorkTrayItem("Placement review", "Review placement", 9L,
                        "Ivy Cole", LocalDate.of(2026, 11, 1), 7L, "Sam Worker", "/fostering/9")),
                new WorkTray.ModuleItem("fostering", new WorkTrayItem("Health check", "Annual health check", 10L,
                        "Jack Cole", null, null, null, "/fostering/10")),
                new WorkTray.ModuleItem("fostering", new WorkTrayItem("Later", "Not yet", 11L,
                        "Kim Cole", LocalDate.of(2027, 1, 1), 7L, "Sam Worker", "/fostering/11")));
        Map<WorkTray.Section, List<WorkTray.Entry>> sections = tray.sections(List.of(), List.of(), List.of(), items,
                r -> true, id -> "x");
        assertEquals("Placement review", sections.get(WorkTray.Section.OVERDUE).get(0).kind());
        assertEquals("Jack Cole", sections.get(WorkTray.Section.DUE_SOON).get(0).childName());
        assertEquals("Unallocated", sections.get(WorkTray.Section.DUE_SOON).get(0).ownerName());
        assertEquals(2, sections.values().stream().mapToInt(List::size).sum(), "not due yet: not in the tray");
    }

    @Test
    void aLongerDueSoonWindowReachesFurther() {
        WorkTray tenDays = new WorkTray(WEDNESDAY, WEEKDAYS_ONLY, 10);
        assertEquals(LocalDate.of(2026, 12, 9), tenDays.horizon());
        assertEquals("Due today", tenDays.when(WorkTray.Section.DUE_SOON, WEDNESDAY));
        assertEquals("1 day overdue", tenDays.when(WorkTray.Section.OVERDUE, WEDNESDAY.minusDays(1)));
    }
}
