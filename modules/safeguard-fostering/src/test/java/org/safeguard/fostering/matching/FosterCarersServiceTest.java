package org.safeguard.fostering.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.WorkTrayItem;
import org.safeguard.fostering.FosteringChronology;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.TestWorld;
import org.safeguard.fostering.api.CarerHousehold;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.ApprovalType;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.model.PlacementNeed;
import org.safeguard.fostering.rules.ChildToPlace;
import org.safeguard.fostering.rules.PlacementFit;
import org.safeguard.fostering.rules.PlacementRequest;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * The FosterCarers API as corporate parenting calls it, the work tray items and the chronology
 * entries fostering gives case records.
 */
class FosterCarersServiceTest {

    static TestWorld world;
    static Household hartley;
    static Household pemberton;
    static Household orton;

    @BeforeAll
    static void setUp() {
        world = new TestWorld("foster-carers-api");
        world.cases.addCase(80, TestWorld.CCC, TestWorld.FENLAND, 800, "Finn Gray", LocalDate.of(2018, 1, 1),
                TestWorld.FENLAND_TEAM, 3L);
        world.cases.addCase(81, TestWorld.CCC, TestWorld.FENLAND, 801, "Gina Hale", LocalDate.of(2012, 1, 1),
                TestWorld.FENLAND_TEAM, 3L);
        hartley = world.household("Hartley", LocalDate.of(2026, 3, 1), 0, 10, 1);
        pemberton = world.household("Pemberton", LocalDate.of(2026, 3, 1), 0, 17, 3);
        orton = world.household(TestWorld.PCC, "Orton", new ApprovalTerms(LocalDate.of(2026, 3, 1),
                ApprovalType.MAINSTREAM, 0, 17, 2, TestWorld.none(), null, null, null));
    }

    @AfterAll
    static void tearDown() throws Exception {
        world.close();
    }

    @Test
    void candidatesAreTheUsersAuthoritysFittingCarersBestFirst() {
        FosterCarersService api = new FosterCarersService(world.context);
        List<CarerHousehold> forEight = api.candidates(world.keisha(), List.of(LocalDate.of(2018, 1, 1)),
                LocalDate.of(2026, 12, 10));
        assertEquals(List.of("Hartley", "Pemberton"), forEight.stream().map(CarerHousehold::name).toList());
        assertEquals("Mainstream", forEight.get(0).approvalType());
        List<CarerHousehold> forFourteen = api.candidates(world.keisha(), List.of(LocalDate.of(2012, 1, 1)),
                LocalDate.of(2026, 12, 10));
        assertEquals(List.of("Pemberton"), forFourteen.stream().map(CarerHousehold::name).toList());
        assertEquals(List.of("Orton"), api.candidates(world.emily(), List.of(LocalDate.of(2012, 1, 1)),
                LocalDate.of(2026, 12, 10)).stream().map(CarerHousehold::name).toList());
        assertTrue(api.household(world.emily(), hartley.id()).isEmpty(), "another authority's carers");
        assertEquals(1, api.household(world.keisha(), hartley.id()).orElseThrow().places());
    }

    @Test
    void nothingWhereFosteringIsNotEnabled() throws Exception {
        try (TestWorld own = new TestWorld("foster-carers-api-off")) {
            Household carers = own.household("Somewhere", LocalDate.of(2026, 3, 1), 0, 17, 2);
            own.cases.addCase(95, TestWorld.CCC, TestWorld.FENLAND, 950, "Kai Long", LocalDate.of(2018, 1, 1),
                    TestWorld.FENLAND_TEAM, 3L);
            own.organisation.disable(FosteringModule.MODULE_ID, TestWorld.HUNTS);
            FosterCarersService api = new FosterCarersService(own.context);
            CurrentUser countyWide = own.keisha();
            assertTrue(api.candidates(countyWide, List.of(LocalDate.of(2018, 1, 1)), TestWorld.TODAY).isEmpty(),
                    "county-wide teams need fostering on authority-wide");
            assertTrue(api.household(countyWide, carers.id()).isEmpty());
            assertThrows(IllegalArgumentException.class,
                    () -> api.placementStarted(countyWide, carers.id(), 95, TestWorld.TODAY));
            assertTrue(api.candidates(own.jess(), List.of(LocalDate.of(2018, 1, 1)), TestWorld.TODAY).size() == 1,
                    "enabled in Fenland, where Jess works");
        }
    }

    @Test
    void placementsKeepVacanciesTrueAndPlaceTheCurrentMatch() {
        TestWorld own = new TestWorld("foster-carers-api-placements");
        try (own) {
            own.cases.addCase(90, TestWorld.CCC, TestWorld.FENLAND, 900, "Hal Ince", LocalDate.of(2019, 1, 1),
                    TestWorld.FENLAND_TEAM, 3L);
            own.cases.addCase(91, TestWorld.CCC, TestWorld.FENLAND, 901, "Ivy Jones", LocalDate.of(2019, 1, 1),
                    TestWorld.FENLAND_TEAM, 3L);
            Household one = own.household("One Place", LocalDate.of(2026, 3, 1), 0, 17, 1);
            FosterCarersService api = new FosterCarersService(own.context);
            own.context.placements().match(TestWorld.CCC, one.id(), new PlacementRequest(PlacementNeed.SHORT_TERM,
                            LocalDate.of(2026, 12, 5), List.of(new ChildToPlace(90, 900, LocalDate.of(2019, 1, 1)))),
                    null, 2L, "Gareth", own.context.clock().nowUtc(),
                    (f, r) -> PlacementFit.assess(f, r, TestWorld.TODAY, 28, 60));
            assertEquals("One Place", api.currentMatch(own.keisha(), 90).orElseThrow().name());
            assertTrue(api.currentMatch(own.emily(), 90).isEmpty(), "another authority cannot see the child");
            // the work tray of the child's team shows the move to arrange, owned by the child's worker
            List<WorkTrayItem> tray = new MatchWorkTray(own.context).items(java.util.Set.of(TestWorld.FENLAND_TEAM),
                    TestWorld.TODAY.plusDays(10));
            assertEquals(1, tray.size());
            assertEquals(3L, tray.get(0).ownerUserId());
            assertEquals("/fostering/matching/90", tray.get(0).href());
            assertTrue(new MatchWorkTray(own.context).items(java.util.Set.of(TestWorld.FENLAND_TEAM),
                    TestWorld.TODAY.plusDays(1)).isEmpty(), "not due within the horizon");

            api.placementStarted(own.keisha(), one.id(), 90, TestWorld.TODAY);
            assertTrue(api.currentMatch(own.keisha(), 90).isEmpty(), "the match is placed");
            assertEquals(1, api.household(own.keisha(), one.id()).orElseThrow().placedNow());
            assertEquals(0, api.household(own.keisha(), one.id()).orElseThrow().vacancies());
            IllegalArgumentException full = assertThrows(IllegalArgumentException.class,
                    () -> api.placementStarted(own.keisha(), one.id(), 91, TestWorld.TODAY));
            assertTrue(full.getMessage().contains("no free place"));
            assertThrows(IllegalArgumentException.class,
                    () -> api.placementStarted(own.emily(), one.id(), 91, TestWorld.TODAY), "not the user's");
            api.placementEnded(own.keisha(), one.id(), 90, TestWorld.TODAY.plusDays(0));
            api.placementEnded(own.keisha(), one.id(), 12345, TestWorld.TODAY);
            assertEquals(0, api.household(own.keisha(), one.id()).orElseThrow().placedNow());
            assertTrue(own.audit.actions("placement.start").size() == 1 && own.audit.actions("placement.end").size() == 1);

            // placements told by another module are not repeated in the chronology; the match is
            var events = new FosteringChronology(own.context).events(own.cases.visibleCase(own.keisha(), 90).orElseThrow());
            assertEquals(1, events.size());
            assertTrue(events.get(0).summary().contains("Matched with foster carers One Place"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDeRegisteredHouseholdKeepsItsLastTermsAndNoReviewDate() {
        TestWorld own = new TestWorld("foster-carers-api-dereg");
        try (own) {
            Household gone = own.household("Gone", LocalDate.of(2025, 3, 1), 2, 9, 2);
            own.context.households().add(new org.safeguard.fostering.model.Deregistration(gone.id(), TestWorld.TODAY,
                    org.safeguard.fostering.model.DeregistrationReason.RETIREMENT, null, 1L, "Helen", own.context.clock().nowUtc()));
            CarerHousehold view = new FosterCarersService(own.context).household(own.keisha(), gone.id()).orElseThrow();
            assertEquals(9, view.ageTo());
            assertNull(view.nextReviewDue());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
