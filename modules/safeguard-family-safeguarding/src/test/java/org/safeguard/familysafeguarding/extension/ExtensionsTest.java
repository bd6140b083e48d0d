package org.safeguard.familysafeguarding.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.familysafeguarding.World.DOMESTIC_ABUSE;
import static org.safeguard.familysafeguarding.World.KELLY;
import static org.safeguard.familysafeguarding.World.SMITH;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.ChronologyEvent;
import org.safeguard.caserecords.api.WorkTrayItem;
import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.familysafeguarding.Records;
import org.safeguard.familysafeguarding.World;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.FactorKind;
import org.safeguard.familysafeguarding.model.ParentGoal;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.model.PractitionerScope;

/** What the module adds to case records: tabs, the child's chronology, the work trays. */
class ExtensionsTest {

    private static final World WORLD = new World("fs-extensions");

    /** Weekdays only: enough for "within N working days" here; bank holidays are case records' own tests. */
    private static final WorkingDays WEEKDAYS = new WorkingDays() {
        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        @Override
        public LocalDate plusWorkingDays(LocalDate start, int days) {
            LocalDate d = start;
            for (int i = 0; i < days; ) {
                d = d.plusDays(1);
                if (isWorkingDay(d)) {
                    i++;
                }
            }
            return d;
        }

        @Override
        public int workingDaysBetween(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LocalDate knownUntil() {
            return LocalDate.of(2028, 12, 31);
        }
    };

    private final FamilySafeguardingChronology chronology = new FamilySafeguardingChronology(WORLD.data);
    private final FamilySafeguardingWorkTray tray = new FamilySafeguardingWorkTray(WORLD.data, WORLD.cases, WEEKDAYS,
            WORLD.organisation, World.CLOCK);

    @BeforeEach
    void empty() {
        WORLD.reset();
    }

    @AfterAll
    static void close() {
        WORLD.close();
    }

    private ChildCase smithCase() {
        return WORLD.cases.casesOfFamily(SMITH).get(0);
    }

    @Test
    void theChildsChronologyHasTheAdultWorkOfTheirCasesPeriod() {
        WORLD.data.factors().record(Records.factor(SMITH, KELLY, "Kelly Smith", FactorKind.DOMESTIC_ABUSE_VICTIM,
                LocalDate.of(2026, 1, 5)));
        WORLD.data.factors().record(Records.factor(SMITH, KELLY, "Kelly Smith", FactorKind.MENTAL_HEALTH,
                LocalDate.of(2024, 5, 1))); // before this case opened: another episode's
        PractitionerAssignment a = WORLD.data.assignments().start(Records.assignment(SMITH, KELLY, "Kelly Smith",
                DOMESTIC_ABUSE, "Bridget Elm", Discipline.DOMESTIC_ABUSE, LocalDate.of(2026, 1, 12))).orElseThrow();
        WORLD.data.assignments().end(SMITH, a.id(), LocalDate.of(2026, 3, 9),
                org.safeguard.familysafeguarding.model.AssignmentEndReason.REFERRED_ON, "Karen Holbeach", Records.AT);
        List<ChronologyEvent> events = chronology.events(smithCase());
        assertEquals(List.of("Adult need identified", "Adult practitioner assigned", "Adult practitioner ended"),
                events.stream().map(ChronologyEvent::category).toList());
        assertEquals("Domestic abuse: victim: Kelly Smith (identified by Jess Parson, social worker, in the assessment)",
                events.get(0).summary());
        assertEquals("Bridget Elm, domestic abuse practitioner (with a victim), started working with Kelly Smith",
                events.get(1).summary());
        assertEquals("Bridget Elm stopped working with Kelly Smith: referred on to adult services", events.get(2).summary());
        assertEquals("Family Safeguarding", events.get(0).source());
    }

    @Test
    void theManagersTrayHasFamiliesWaitingPastTheAuthoritysTimescale() {
        WORLD.data.factors().record(Records.factor(SMITH, KELLY, "Kelly Smith", FactorKind.SUBSTANCE_MISUSE,
                LocalDate.of(2026, 3, 2)));
        List<WorkTrayItem> items = tray.items(Set.of(World.TEAM_1), LocalDate.of(2026, 3, 23));
        assertEquals(1, items.size());
        WorkTrayItem waiting = items.get(0);
        assertEquals(LocalDate.of(2026, 3, 16), waiting.dueOn(), "10 working days after 2 March");
        assertEquals("Smith family", waiting.childName());
        assertNull(waiting.ownerUserId(), "the team's, for the manager to act on");
        assertEquals("/family-safeguarding/families/1000/assignments/new", waiting.href());
        WORLD.data.settings().save(World.CCC, 15, 15, 15, PractitionerScope.TEAM, 20);
        assertEquals(List.of(), tray.items(Set.of(World.TEAM_1), LocalDate.of(2026, 3, 23)), "due later than the tray looks");
        assertEquals(List.of(), tray.items(Set.of(World.TEAM_2), LocalDate.of(2026, 3, 23)), "another team's");
    }

    @Test
    void thePractitionersTrayHasTheirGoalReviews() {
        PractitionerAssignment a = WORLD.data.assignments().start(Records.assignment(SMITH, KELLY, "Kelly Smith",
                DOMESTIC_ABUSE, "Bridget Elm", Discipline.DOMESTIC_ABUSE, LocalDate.of(2026, 1, 12))).orElseThrow();
        WORLD.data.goals().set(new ParentGoal(World.CCC, SMITH, a.id(), "Safety plan", LocalDate.of(2026, 1, 26),
                LocalDate.of(2026, 3, 10), DOMESTIC_ABUSE, "Bridget Elm", Records.AT));
        WORLD.data.goals().set(new ParentGoal(World.CCC, SMITH, a.id(), "Later goal", LocalDate.of(2026, 1, 26),
                LocalDate.of(2026, 4, 20), DOMESTIC_ABUSE, "Bridget Elm", Records.AT));
        List<WorkTrayItem> items = tray.items(Set.of(World.TEAM_1), LocalDate.of(2026, 3, 23));
        assertEquals(1, items.size());
        assertEquals("Goal review", items.get(0).kind());
        assertEquals(DOMESTIC_ABUSE, items.get(0).ownerUserId());
        assertEquals(LocalDate.of(2026, 3, 10), items.get(0).dueOn());
        assertTrue(items.get(0).href().startsWith("/family-safeguarding/families/1000/goals/"));
    }

    @Test
    void theTabsSitOnTheFamilyAndTheCaseRecord() {
        assertEquals("family", new FamilyTab().recordType());
        assertEquals("/family-safeguarding/families/7", new FamilyTab().href("7"));
        assertEquals("case", new CaseTab().recordType());
        assertEquals("/family-safeguarding/cases/9", new CaseTab().href("9"));
        assertEquals("family-safeguarding.read", new CaseTab().permission());
    }
}
