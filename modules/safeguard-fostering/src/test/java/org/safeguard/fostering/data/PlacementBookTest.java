package org.safeguard.fostering.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.fostering.TestWorld;
import org.safeguard.fostering.model.ApprovalTerm;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.ApprovalType;
import org.safeguard.fostering.model.FosterMatch;
import org.safeguard.fostering.model.FosterPlacement;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.model.MatchOutcome;
import org.safeguard.fostering.model.PlacementNeed;
import org.safeguard.fostering.rules.ChildToPlace;
import org.safeguard.fostering.rules.HouseholdFacts;
import org.safeguard.fostering.rules.PlacementFit;
import org.safeguard.fostering.rules.PlacementRequest;

/** Placements and matches on a real Derby migrated by the module's changelog. */
class PlacementBookTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);
    static TestWorld world;

    @BeforeAll
    static void setUp() {
        world = new TestWorld("placement-book");
    }

    @AfterAll
    static void tearDown() throws Exception {
        world.close();
    }

    private static PlacementBook book() {
        return world.context.placements();
    }

    private static HouseholdFacts facts(Household h) {
        return world.context.households().facts(TestWorld.CCC, h.id()).orElseThrow();
    }

    @Test
    void aChildCountsAgainstThePlacesUntilTheyLeave() {
        Household h = world.household("Ashworth", LocalDate.of(2025, 1, 1), 0, 17, 1);
        book().start(TestWorld.CCC, h.id(), 501, LocalDate.of(2026, 11, 1), FosterPlacement.Source.FOSTERING, false, 2L, NOW);
        // repeating it changes nothing
        book().start(TestWorld.CCC, h.id(), 501, LocalDate.of(2026, 11, 2), FosterPlacement.Source.OTHER_MODULE, true, 2L, NOW);
        assertEquals(1, facts(h).placements().size());
        Refused full = assertThrows(Refused.class, () -> book().start(TestWorld.CCC, h.id(), 502, LocalDate.of(2026, 11, 20),
                FosterPlacement.Source.FOSTERING, false, 2L, NOW));
        assertTrue(full.getMessage().contains("no free place"), full.getMessage());
        assertThrows(Refused.class, () -> book().end(TestWorld.CCC, h.id(), 501, LocalDate.of(2026, 10, 1)),
                "left before they came");
        assertTrue(book().end(TestWorld.CCC, h.id(), 501, LocalDate.of(2026, 11, 25)));
        assertFalse(book().end(TestWorld.CCC, h.id(), 999, LocalDate.of(2026, 11, 25)), "unknown placements are ignored");
        book().start(TestWorld.CCC, h.id(), 502, LocalDate.of(2026, 11, 25), FosterPlacement.Source.FOSTERING, false, 2L, NOW);
    }

    @Test
    void anotherAuthoritysCarersAndUnapprovedDatesAreRefused() {
        Household h = world.household("Okonjo", LocalDate.of(2026, 6, 1), 0, 17, 2);
        assertThrows(Refused.class, () -> book().start(TestWorld.PCC, h.id(), 503, LocalDate.of(2026, 11, 1),
                FosterPlacement.Source.OTHER_MODULE, true, 6L, NOW));
        assertThrows(Refused.class, () -> book().start(TestWorld.CCC, h.id(), 503, LocalDate.of(2026, 5, 1),
                FosterPlacement.Source.OTHER_MODULE, true, 6L, NOW), "before the approval");
    }

    @Test
    void movingCarersEndsTheFormerPlacementOnlyWhenAnotherModuleSaysSo() {
        Household first = world.household("Walsh", LocalDate.of(2025, 1, 1), 0, 17, 2);
        Household second = world.household("Fairbairn", LocalDate.of(2025, 1, 1), 0, 17, 2);
        book().start(TestWorld.CCC, first.id(), 504, LocalDate.of(2026, 6, 1), FosterPlacement.Source.FOSTERING, false, 2L, NOW);
        assertThrows(Refused.class, () -> book().start(TestWorld.CCC, second.id(), 504, LocalDate.of(2026, 11, 1),
                FosterPlacement.Source.FOSTERING, false, 2L, NOW));
        book().start(TestWorld.CCC, second.id(), 504, LocalDate.of(2026, 11, 1), FosterPlacement.Source.OTHER_MODULE, true,
                2L, NOW);
        assertEquals(LocalDate.of(2026, 11, 1), facts(first).placements().get(0).endedOn());
    }

    @Test
    void aMatchHoldsPlacesAndIsPlacedWhenAllItsChildrenLiveThere() {
        Household h = world.household("Mistry", LocalDate.of(2026, 3, 1), 0, 17, 2, ApprovalTerm.SIBLING_GROUPS);
        PlacementRequest siblings = new PlacementRequest(PlacementNeed.SHORT_TERM, LocalDate.of(2026, 12, 10), List.of(
                new ChildToPlace(511, 70, LocalDate.of(2018, 1, 1)), new ChildToPlace(512, 70, LocalDate.of(2020, 1, 1))));
        FosterMatch match = book().match(TestWorld.CCC, h.id(), siblings, "Introductions", 2L, "Gareth", NOW,
                (f, r) -> PlacementFit.assess(f, r, TestWorld.TODAY, 28, 60));
        assertEquals(2, facts(h).pendingMatches().get(0).caseIds().size());
        // the children already have a pending match: a second is refused
        assertThrows(Refused.class, () -> book().match(TestWorld.CCC, h.id(), siblings, null, 2L, "Gareth", NOW,
                (f, r) -> PlacementFit.assess(f, r, TestWorld.TODAY, 28, 60)));
        book().start(TestWorld.CCC, h.id(), 511, LocalDate.of(2026, 12, 1), FosterPlacement.Source.OTHER_MODULE, true, 5L, NOW);
        assertEquals(MatchOutcome.PENDING, world.context.matches().find(TestWorld.CCC, match.id()).orElseThrow().match().outcome());
        book().start(TestWorld.CCC, h.id(), 512, LocalDate.of(2026, 12, 1), FosterPlacement.Source.OTHER_MODULE, true, 5L, NOW);
        assertEquals(MatchOutcome.PLACED, world.context.matches().find(TestWorld.CCC, match.id()).orElseThrow().match().outcome());
        assertTrue(world.context.matches().pendingForCase(511).isEmpty());
    }

    @Test
    void concludingAMatchPlacedRecordsTheChildrenAndFellThroughFreesThePlaces() {
        Household h = world.household("Collins", LocalDate.of(2026, 3, 1), 0, 17, 1);
        PlacementRequest one = new PlacementRequest(PlacementNeed.LONG_TERM, LocalDate.of(2026, 12, 5), List.of(
                new ChildToPlace(521, 71, LocalDate.of(2015, 1, 1))));
        FosterMatch first = book().match(TestWorld.CCC, h.id(), one, null, 2L, "Gareth", NOW,
                (f, r) -> PlacementFit.assess(f, r, TestWorld.TODAY, 28, 60));
        PlacementRequest other = new PlacementRequest(PlacementNeed.LONG_TERM, LocalDate.of(2026, 12, 5), List.of(
                new ChildToPlace(522, 72, LocalDate.of(2015, 1, 1))));
        Refused noRoom = assertThrows(Refused.class, () -> book().match(TestWorld.CCC, h.id(), other, null, 2L, "Gareth",
                NOW, (f, r) -> PlacementFit.assess(f, r, TestWorld.TODAY, 28, 60)));
        assertTrue(noRoom.getMessage().contains("no room"), noRoom.getMessage());
        book().conclude(TestWorld.CCC, first.id(), MatchOutcome.FELL_THROUGH, TestWorld.TODAY, "Plan changed", true, 1L, NOW);
        assertThrows(Refused.class, () -> book().conclude(TestWorld.CCC, first.id(), MatchOutcome.PLACED, TestWorld.TODAY,
                null, true, 1L, NOW), "already concluded");
        FosterMatch second = book().match(TestWorld.CCC, h.id(), other, null, 2L, "Gareth", NOW,
                (f, r) -> PlacementFit.assess(f, r, TestWorld.TODAY, 28, 60));
        book().conclude(TestWorld.CCC, second.id(), MatchOutcome.PLACED, TestWorld.TODAY, null, true, 1L, NOW);
        assertEquals(522, facts(h).placements().get(0).caseId());
        assertThrows(Refused.class, () -> book().conclude(TestWorld.PCC, second.id(), MatchOutcome.FELL_THROUGH,
                TestWorld.TODAY, "x", true, 6L, NOW), "another authority's match");
    }

    @Test
    void theRegisterHoldsOnlyTheAuthoritysOwnHouseholds() {
        Household mine = world.household("Pemberton", LocalDate.of(2025, 1, 1), 0, 17, 1);
        Household theirs = world.household(TestWorld.PCC, "Orton", new ApprovalTerms(LocalDate.of(2025, 1, 1),
                ApprovalType.MAINSTREAM, 0, 17, 1, TestWorld.none(), null, null, null));
        assertTrue(world.context.households().register(TestWorld.CCC).stream().anyMatch(f -> f.id() == mine.id()));
        assertFalse(world.context.households().register(TestWorld.CCC).stream().anyMatch(f -> f.id() == theirs.id()));
        assertTrue(world.context.households().facts(TestWorld.CCC, theirs.id()).isEmpty());
        assertTrue(world.context.households().facts(TestWorld.PCC, theirs.id()).isPresent());
    }
}
