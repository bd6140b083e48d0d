package org.safeguard.fostering.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.fostering.TestWorld;
import org.safeguard.fostering.model.ApprovalType;
import org.safeguard.fostering.rules.HouseholdFacts;
import org.safeguard.fostering.rules.HouseholdState;
import org.safeguard.fostering.rules.ReviewSchedule;
import org.safeguard.platform.api.organisation.Authority;

/** The demo county's fostering, seeded into a real Derby from a fostering team and open cases. */
class FosteringDemoDataTest {

    @Test
    void carersForEachSupervisingWorkerWithEveryStateAFosteringTeamMeets() throws Exception {
        try (TestWorld world = new TestWorld("demo-data")) {
            for (int i = 0; i < 120; i++) {
                long family = 5000 + i / 2;
                world.cases.addCase(2000 + i, TestWorld.CCC, i % 2 == 0 ? TestWorld.FENLAND : TestWorld.HUNTS, family,
                        "Child" + i + " Family" + family, LocalDate.of(2009 + i % 17, 1 + i % 12, 1 + i % 28),
                        i % 2 == 0 ? TestWorld.FENLAND_TEAM : 102L, 3L);
                world.cases.addMember(family, 9000 + i, "Parent" + i + " Family" + family, false, "Parent");
            }
            world.cases.addCase(2500, TestWorld.PCC, TestWorld.PBORO, 7000, "Pat Pboro", LocalDate.of(2015, 1, 1), 200L, 6L);
            FosteringDemoData demo = new FosteringDemoData(world.database.factory(), world.context);
            assertEquals(Set.of("case-records"), demo.after());
            Authority cambs = world.organisation.authority(TestWorld.CCC).orElseThrow();
            demo.seed(cambs, world.organisation);
            List<HouseholdFacts> register = world.context.households().register(TestWorld.CCC);
            // Helen (manager) 6, Gareth 17
            assertEquals(DemoPlan.HOUSEHOLDS_PER_MANAGER + DemoPlan.HOUSEHOLDS_PER_SOCIAL_WORKER, register.size());
            List<HouseholdState> states = register.stream()
                    .map(f -> HouseholdState.of(f, TestWorld.TODAY, 28, 60)).toList();
            assertTrue(states.stream().anyMatch(HouseholdState::deregistered), "a de-registered household");
            assertTrue(states.stream().anyMatch(s -> s.approved() && s.terms().type() == ApprovalType.KINSHIP));
            assertTrue(states.stream().anyMatch(s -> s.approved() && s.terms().type() == ApprovalType.SHORT_BREAKS));
            assertTrue(states.stream().anyMatch(s -> s.approved() && s.reviewState() == ReviewSchedule.State.OVERDUE
                    || s.approved() && s.reviewState() == ReviewSchedule.State.LAPSED), "reviews overdue");
            assertTrue(states.stream().anyMatch(s -> s.available() && s.free() > 0), "vacancies");
            assertTrue(states.stream().allMatch(s -> !s.approved() || s.occupied() <= s.places()), "never overfull");
            assertTrue(register.stream().allMatch(f -> !f.training().isEmpty()), "training records");
            assertTrue(!world.context.matches().pending(TestWorld.CCC).isEmpty(), "matches awaiting placement");
            assertTrue(world.context.contact().anyOfAuthority(TestWorld.CCC), "supervised contact");
            // seeding again adds nothing
            demo.seed(cambs, world.organisation);
            assertEquals(register.size(), world.context.households().register(TestWorld.CCC).size());
            // an authority without a fostering team gets supervised contact only
            demo.seed(world.organisation.authority(TestWorld.PCC).orElseThrow(), world.organisation);
            assertTrue(world.context.households().register(TestWorld.PCC).isEmpty());
        }
    }
}
