package org.safeguard.familysafeguarding.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.familysafeguarding.World;
import org.safeguard.familysafeguarding.model.ParentSession;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.model.ToxicTrioFactor;
import org.safeguard.familysafeguarding.model.WorkbookEntry;
import org.safeguard.familysafeguarding.rules.WaitingFamilies;

/** The demo county's adult work, seeded into a Derby over a team of sixty families. */
class FamilySafeguardingDemoDataTest {

    private static final World WORLD = new World("fs-demo");

    @AfterAll
    static void close() {
        WORLD.close();
    }

    @Test
    void aTeamsFamiliesGetFactorsPractitionersUpToTheirGuideAndTheNewestWait() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long family = 3000 + i;
            ids.add(family);
            WORLD.cases.family(family, World.CCC, World.FENLAND, "Family" + i)
                    .adult(family, 6000 + 2L * i, "Mum" + i + " Family" + i, "Parent of Kid" + i)
                    .adult(family, 6001 + 2L * i, "Dad" + i + " Family" + i, i % 3 == 0 ? "Step-parent of Kid" + i
                            : "Parent of Kid" + i)
                    .child(family, 8000 + i, "Kid" + i + " Family" + i)
                    .openCase(9500 + i, family, 8000 + i, World.TEAM_1, World.SOCIAL_WORKER,
                            World.TODAY.minusDays(20 + 15L * i));
        }
        new FamilySafeguardingDemoData(WORLD.data, WORLD.cases, WORLD.organisation.enablement(), World.CLOCK)
                .seed(WORLD.organisation.authority(World.CCC).orElseThrow(), WORLD.organisation);

        List<ToxicTrioFactor> factors = WORLD.data.factors().openOfFamilies(ids);
        List<PractitionerAssignment> assignments = WORLD.data.assignments().ofFamilies(ids);
        assertTrue(factors.stream().map(ToxicTrioFactor::familyId).distinct().count() >= 40,
                "most families live with at least one of the trio");
        assertTrue(factors.stream().noneMatch(f -> f.identifiedOn().isAfter(World.TODAY)));
        Map<Long, Integer> load = WORLD.data.assignments().openFamiliesPerPractitioner(
                List.of(World.SUBSTANCE, World.MENTAL_HEALTH, World.DOMESTIC_ABUSE));
        assertEquals(17, load.get(World.DOMESTIC_ABUSE), "two over the guide of 15, as real teams run");
        assertTrue(load.get(World.SUBSTANCE) <= 14);
        assertTrue(load.get(World.MENTAL_HEALTH) <= 5, "0.5 FTE: a guide of 7.5, kept under it");
        assertTrue(assignments.stream().anyMatch(a -> !a.open()), "some earlier work has ended");

        List<WaitingFamilies.Waiting> waiting = WaitingFamilies.of(factors, assignments, World.TODAY);
        assertFalse(waiting.isEmpty(), "some families wait");
        double waited = waiting.stream().mapToLong(WaitingFamilies.Waiting::days).average().orElseThrow();
        double worked = assignments.stream().filter(PractitionerAssignment::open)
                .mapToLong(a -> java.time.temporal.ChronoUnit.DAYS.between(a.startedOn(), World.TODAY)).average()
                .orElseThrow();
        assertTrue(waited < worked, "the newest families wait (" + waited + " days on average), not those the "
                + "practitioners have worked with for " + worked);
        assertTrue(ids.stream().anyMatch(id -> WORLD.data.factors().ofFamily(id).stream().anyMatch(f -> !f.open())),
                "needs worked through and ended");

        PractitionerAssignment open = assignments.stream().filter(PractitionerAssignment::open)
                .filter(a -> a.startedOn().isBefore(World.TODAY.minusDays(60))).findFirst().orElseThrow();
        List<ParentSession> sessions = WORLD.data.sessions().page(open.familyId(), 0, 100);
        assertFalse(sessions.isEmpty());
        assertTrue(sessions.stream().allMatch(s -> !s.heldOn().isBefore(open.startedOn())
                && !s.heldOn().isAfter(World.TODAY)));
        assertFalse(WORLD.data.goals().ofFamily(open.familyId()).isEmpty());
        List<WorkbookEntry> workbook = WORLD.data.workbook().ofFamily(open.familyId());
        assertTrue(workbook.stream().anyMatch(e -> e.kind() == WorkbookEntry.Kind.CHAPTER
                && e.role().name().equals(open.discipline().name())));
        assertTrue(workbook.stream().anyMatch(e -> e.kind() == WorkbookEntry.Kind.MONTHLY_SUMMARY));
        assertTrue(WORLD.cases.openFamiliesOfTeam(World.TEAM_1).stream().map(FamilySummary::id)
                .anyMatch(Set.copyOf(ids)::contains));
    }
}
