package org.safeguard.reflection.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DemoHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    private static List<DemoHistory.Family> team(int size) {
        List<DemoHistory.Family> families = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            families.add(new DemoHistory.Family(i, "Family " + i, TODAY.minusMonths(i % 14 + 1),
                    i % 4 == 0 ? TODAY.minusMonths(10 + i % 5) : null, 3L));
        }
        return families;
    }

    @Test
    void sixteenWeeksOfWednesdaysOneCancelledAndNextWeeksScheduled() {
        List<DemoHistory.PlannedSession> plan = DemoHistory.plan(team(40), List.of(3L, 4L), TODAY, new Random(1));

        assertEquals(DemoHistory.WEEKS + 1, plan.size());
        assertTrue(plan.stream().allMatch(s -> s.on().getDayOfWeek() == DayOfWeek.WEDNESDAY));
        assertEquals(1, plan.stream().filter(s -> s.status().equals("CANCELLED")).count());
        DemoHistory.PlannedSession next = plan.get(plan.size() - 1);
        assertEquals("SCHEDULED", next.status());
        assertTrue(next.on().isAfter(TODAY));
        assertEquals(DemoHistory.CAPACITY, next.agenda().size());
        assertTrue(plan.stream().filter(s -> !s.status().equals("SCHEDULED")).allMatch(s -> s.on().isBefore(TODAY)));
    }

    @Test
    void aTeamLargerThanItsSessionsCanCoverLeavesSomeFamiliesOverdueAndSomeStuck() {
        List<DemoHistory.PlannedSession> plan = DemoHistory.plan(team(70), List.of(3L, 4L), TODAY, new Random(7));

        java.util.Set<Long> recently = new java.util.HashSet<>();
        plan.stream().filter(s -> s.on().isAfter(TODAY.minusDays(29)) && s.status().equals("CLOSED"))
                .forEach(s -> s.discussions().forEach(d -> recently.add(d.familyId())));
        assertTrue(recently.size() > 10 && recently.size() < 70, "some but not all discussed lately: " + recently.size());
        long openOverdueActions = plan.stream().flatMap(s -> s.discussions().stream())
                .flatMap(d -> d.actions().stream())
                .filter(a -> a.doneOn() == null && a.dueOn().isBefore(TODAY)).count();
        assertTrue(openOverdueActions > 0, "some actions left undone");
        assertTrue(plan.stream().flatMap(s -> s.discussions().stream()).flatMap(d -> d.actions().stream())
                .anyMatch(a -> a.doneOn() != null), "most get done");
        assertTrue(plan.stream().flatMap(s -> s.discussions().stream()).flatMap(d -> d.actions().stream())
                .filter(a -> a.doneOn() != null).allMatch(a -> !a.doneOn().isAfter(TODAY)));
    }

    @Test
    void theSameTeamGetsTheSameHistory() {
        assertEquals(DemoHistory.plan(team(30), List.of(3L), TODAY, new Random(5)),
                DemoHistory.plan(team(30), List.of(3L), TODAY, new Random(5)));
        assertFalse(DemoHistory.plan(team(30), List.of(), TODAY, new Random(5)).stream()
                .flatMap(s -> s.discussions().stream()).anyMatch(d -> !d.actions().isEmpty()), "no owners, no actions");
    }
}
