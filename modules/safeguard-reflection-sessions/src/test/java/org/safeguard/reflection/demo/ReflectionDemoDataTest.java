package org.safeguard.reflection.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.reflection.model.ReflectionSettings;
import org.safeguard.reflection.rules.Coverage;
import org.safeguard.reflection.rules.DriftRule;
import org.safeguard.reflection.service.TeamOversight;
import org.safeguard.reflection.support.TestWorld;

/** The demo seeding on Derby, built on case records' families: coverage and drift have something to show. */
class ReflectionDemoDataTest {

    private final TestWorld world = new TestWorld();

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void aTeamWithAClinicianGetsMonthsOfSessionsAndCoverageAndDriftShow() {
        for (long id = 1; id <= 60; id++) {
            world.cases.family(id, TestWorld.CCC, TestWorld.FENLAND, "Family" + id);
            ChildCase c = world.cases.openCase(id, "Child " + id, TestWorld.FENLAND_FS1, id % 3 == 0 ? TestWorld.SW : TestWorld.SSW,
                    TestWorld.TODAY.minusMonths(id % 18 + 1), CaseStage.CHILD_PROTECTION);
            if (id % 3 == 0) {
                world.cases.cpPlan(c, TestWorld.TODAY.minusMonths(10 + id % 4));
            }
        }
        world.cases.family(99, TestWorld.CCC, TestWorld.FENLAND, "NoClinician");
        world.cases.openCase(99, "Child", TestWorld.FENLAND_FS2, TestWorld.MANAGER2, TestWorld.TODAY.minusYears(1),
                CaseStage.CHILD_IN_NEED);

        ReflectionDemoData demo = new ReflectionDemoData(world.services);
        assertEquals(Set.of("case-records"), demo.after());
        demo.seed(world.organisation.authority(TestWorld.CCC).orElseThrow(), world.organisation);

        Team team = world.organisation.team(TestWorld.FENLAND_FS1).orElseThrow();
        assertEquals(1, world.services.sessions().open(TestWorld.CCC, TestWorld.FENLAND_FS1).size(), "next week's");
        assertEquals(16, world.services.sessions().countEnded(TestWorld.CCC, TestWorld.FENLAND_FS1));
        assertTrue(world.services.sessions().open(TestWorld.CCC, TestWorld.FENLAND_FS2).isEmpty(), "no clinician, no sessions");

        List<TeamOversight.OpenFamily> families = world.services.oversight().openFamilies(team.id(), null);
        ReflectionSettings settings = world.services.settings().forAuthority(TestWorld.CCC);
        Coverage.Result coverage = world.services.oversight().coverage(TestWorld.CCC, families, TestWorld.TODAY, settings);
        assertTrue(coverage.discussedWithin() > 0 && coverage.overdueCount() > 0, "some discussed, some overdue: " + coverage);
        List<DriftRule.Signal> drift = world.services.oversight().drift(TestWorld.CCC, families, TestWorld.TODAY, settings);
        assertTrue(drift.stream().anyMatch(s -> s.reasons().contains(DriftRule.Reason.RISK_NOT_IMPROVING)), "drift: " + drift);
        assertTrue(world.services.actions().openOwnedBy(TestWorld.CCC, TestWorld.SW).size() > 0,
                "the social worker has open actions in their tray");

        demo.seed(world.organisation.authority(TestWorld.CCC).orElseThrow(), world.organisation);
        assertEquals(16, world.services.sessions().countEnded(TestWorld.CCC, TestWorld.FENLAND_FS1), "never seeded twice");
    }
}
