package org.safeguard.corporateparenting.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.corporateparenting.TestWorld.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.corporateparenting.FakeCaseDirectory;
import org.safeguard.corporateparenting.TestWorkingDays;
import org.safeguard.corporateparenting.TestWorld;
import org.safeguard.corporateparenting.care.CareRepository;
import org.safeguard.corporateparenting.care.EpisodeRecord;
import org.safeguard.corporateparenting.model.LeavingReason;
import org.safeguard.corporateparenting.rules.PlacementStability;
import org.safeguard.platform.api.organisation.Authority;

/** The demo county's children in care, built on case records' histories as a fake directory offers them. */
class CorporateParentingDemoDataTest {

    private static TestWorld world;
    private static List<EpisodeRecord> inCare;

    @BeforeAll
    static void seed() {
        world = new TestWorld("cp-demo");
        Random rnd = new Random(7);
        for (int i = 0; i < 80; i++) {
            long id = 3000 + i;
            LocalDate born = TODAY.minusDays(365L * (1 + rnd.nextInt(19)) + rnd.nextInt(365));
            LocalDate opened = TODAY.minusDays(200 + rnd.nextInt(6 * 365));
            LocalDate closed = opened.plusDays(60 + rnd.nextInt(200));
            if (!closed.isBefore(TODAY) || !closed.isBefore(born.plusYears(18)) || !opened.isAfter(born)) {
                continue;
            }
            ChildCase c = FakeCaseDirectory.closed(FakeCaseDirectory.open(id, AUTHORITY, i % 2 == 0 ? FENLAND : HUNTS, id + 1000,
                    "Child " + i, born, opened, FENLAND_TEAM, FENLAND_SW), closed);
            world.add(c);
            if (i % 3 != 0) {
                // visited in care: recently (still there) or long ago (left)
                world.directory.visit(id, i % 3 == 1 ? TODAY.minusDays(10) : closed.plusDays(300));
            }
            if (i % 10 == 0) {
                world.directory.alone(c.familyId());
            }
        }
        new CorporateParentingDemoData(world.db.factory(), world.directory, world.organisation.enablement(),
                TestWorkingDays.ENGLAND, world.clock).seed(new Authority(AUTHORITY, "CCC", "Cambridgeshire County Council"),
                world.organisation);
        inCare = new CareRepository(world.db.factory()).inCare(AUTHORITY);
    }

    @AfterAll
    static void close() throws Exception {
        world.close();
    }

    @Test
    void childrenVisitedRecentlyAreInCareHeldByTheCorporateParentingTeams() throws Exception {
        assertTrue(world.count("cp_care_episode") > 40, "every transferred child has a period of care");
        assertTrue(inCare.size() > 10, "some in care today: " + inCare.size());
        for (EpisodeRecord r : inCare) {
            assertTrue(r.episode().holderTeamId() == null || r.episode().holderTeamId() == CIC_TEAM
                    || r.episode().holderTeamId() == UASC_TEAM);
            assertTrue(!r.placements().isEmpty(), "in care children have a placement");
            assertTrue(r.currentPlacement().isPresent());
            assertTrue(r.currentStatus().isPresent() && r.currentStatus().get().toDate() == null);
            assertTrue(r.episode().dateOfBirth().plusYears(18).isAfter(TODAY));
        }
        assertTrue(inCare.stream().anyMatch(r -> r.episode().uasc() && r.episode().holderTeamId() == UASC_TEAM),
                "young people who arrived alone are the UASC team's");
    }

    @Test
    void childrenWhoLeftCareLeftForTheReasonsOfTheirAge() {
        Map<Long, List<EpisodeRecord>> all = new CareRepository(world.db.factory()).childrenBornBetween(AUTHORITY,
                LocalDate.of(1990, 1, 1), TODAY);
        long left = all.values().stream().flatMap(List::stream).filter(r -> !r.episode().open()).count();
        assertTrue(left > 10);
        all.values().stream().flatMap(List::stream).filter(r -> !r.episode().open()).forEach(r -> {
            assertTrue(r.episode().endedOn().isAfter(r.episode().startedOn()));
            assertTrue(!r.episode().endedOn().isAfter(TODAY));
            if (r.episode().endReason() == LeavingReason.TURNED_18) {
                assertEquals(r.episode().dateOfBirth().plusYears(18), r.episode().endedOn());
            }
            r.placements().forEach(p -> assertTrue(p.endedOn() != null, "placements end with the care"));
        });
    }

    @Test
    void theRowsFollowTheRules() {
        for (EpisodeRecord r : inCare) {
            for (int i = 1; i < r.placements().size(); i++) {
                assertEquals(r.placements().get(i).startedOn(), r.placements().get(i - 1).endedOn(), "placements follow on");
            }
            r.reviews().forEach(v -> assertTrue(!v.heldOn().isBefore(r.episode().startedOn()) && v.heldOn().isBefore(TODAY)));
            r.health().forEach(h -> assertTrue(h.doneOn().isBefore(TODAY)));
        }
        int unstable = (int) inCare.stream().filter(r -> PlacementStability.placementsInYear(r.stays(), TODAY) >= 3).count();
        assertTrue(unstable < inCare.size() / 2, "a few children move often, not most: " + unstable + " of " + inCare.size());
    }

    @Test
    void careLeaversHaveSupportAndTheModuleIsOnForTheDemoAuthority() throws Exception {
        assertTrue(world.count("cp_care_leaver") > 0);
        assertTrue(world.organisation.enablement().isEnabled("corporate-parenting", AUTHORITY, null));
    }

    @Test
    void seedingAgainAddsNothing() throws Exception {
        long before = world.count("cp_care_episode");
        new CorporateParentingDemoData(world.db.factory(), world.directory, world.organisation.enablement(),
                TestWorkingDays.ENGLAND, world.clock).seed(new Authority(AUTHORITY, "CCC", "Cambridgeshire County Council"),
                world.organisation);
        assertEquals(before, world.count("cp_care_episode"));
    }
}
