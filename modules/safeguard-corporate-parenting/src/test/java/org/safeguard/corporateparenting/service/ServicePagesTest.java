package org.safeguard.corporateparenting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.corporateparenting.TestWorld.*;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.corporateparenting.FakeCaseDirectory;
import org.safeguard.corporateparenting.Routes;
import org.safeguard.corporateparenting.TestWorld;
import org.safeguard.corporateparenting.care.CareWrites;
import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.IroAlert;
import org.safeguard.corporateparenting.model.AlertConcern;
import org.safeguard.corporateparenting.model.LegalStatus;
import org.safeguard.corporateparenting.model.Placement;
import org.safeguard.corporateparenting.model.PlacementChangeReason;
import org.safeguard.corporateparenting.model.PlacementType;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

/** The service's list, placement moves and costs, and alerts pages. */
class ServicePagesTest {

    private static TestWorld world;

    @BeforeAll
    static void database() {
        world = new TestWorld("cp-service-pages");
    }

    @AfterAll
    static void close() throws Exception {
        world.close();
    }

    @BeforeEach
    void setUp() {
        world.reset();
        // Amy (Fenland): in care since September, three placements in the year
        CareEpisode amy = world.inCare(world.theCase(CASE), LocalDate.of(2025, 9, 1), LegalStatus.CARE_ORDER,
                PlacementType.INDEPENDENT_FOSTERING_AGENCY, 100_000);
        move(amy, LocalDate.of(2025, 11, 1), PlacementType.RESIDENTIAL, 380_000);
        move(amy, LocalDate.of(2026, 2, 1), PlacementType.IN_HOUSE_FOSTER, 35_000);
        // Ben (Huntingdonshire): in care since 2024, one placement
        world.inCare(world.theCase(502), LocalDate.of(2024, 1, 10), LegalStatus.CARE_ORDER, PlacementType.KINSHIP, 20_000);
        // Cara: the other authority
        world.inCare(world.directory.visibleCase(world.user(OTHER_AUTHORITY_SW), 503).orElseThrow(), LocalDate.of(2025, 5, 1),
                LegalStatus.SECTION_20, PlacementType.RESIDENTIAL, 500_000);
    }

    private static void move(CareEpisode e, LocalDate on, PlacementType type, long pence) {
        int version = world.current(e.childId()).episode().version();
        new CareWrites(world.db.factory()).addPlacement(e.id(), version, new Placement(e.id(), e.authorityId(), type, "P", "C", null,
                on, false, pence, "Test", world.clock.nowUtc()), PlacementChangeReason.CARER_REQUEST_OTHER, change -> { });
    }

    private String get(CurrentUser user, String path, String query, String value) {
        FakeRequest request = FakeRequest.get(user, path);
        if (query != null) {
            request.query(query, value);
        }
        return Pages.render(Routes.get(world.service(), path, request), user, path);
    }

    @Test
    void theListShowsOnlyChildrenTheUserMaySeeWithWhatIsDue() {
        String fenland = get(world.user(FENLAND_SW, WORKER), "/children-in-care", null, null);
        assertTrue(fenland.contains("Amy Fenn"), fenland);
        assertFalse(fenland.contains("Ben Hunt"), "Huntingdonshire's child");
        assertFalse(fenland.contains("Cara Boro"), "another authority's child");
        assertTrue(fenland.contains("3 placements in 12 months"));
        String countyWide = get(world.user(CIC_TM, MANAGER), "/children-in-care", null, null);
        assertTrue(countyWide.contains("Amy Fenn") && countyWide.contains("Ben Hunt"), "the county-wide team sees the authority's");
        assertFalse(countyWide.contains("Cara Boro"));
        assertEquals("children-in-care.list", world.audit.events().get(world.audit.events().size() - 1).action());
    }

    @Test
    void filtersNarrowTheList() {
        CurrentUser manager = world.user(CIC_TM, MANAGER);
        String unstable = get(manager, "/children-in-care", "show", "unstable");
        assertTrue(unstable.contains("Amy Fenn"));
        assertFalse(unstable.contains("Ben Hunt"));
        String reviews = get(manager, "/children-in-care", "show", "review");
        assertTrue(reviews.contains("Ben Hunt") && reviews.contains("Amy Fenn"), "no review held: both overdue");
        String uasc = get(manager, "/children-in-care", "show", "uasc");
        assertTrue(uasc.contains("No children to show."));
        String unknown = get(manager, "/children-in-care", "show", "<script>");
        assertTrue(unknown.contains("All children in care"), "an unknown filter shows everyone");
    }

    @Test
    void longListsPage() {
        for (int i = 0; i < 30; i++) {
            ChildCase c = FakeCaseDirectory.open(700 + i, AUTHORITY, FENLAND, 800 + i, String.format("Child %02d", i),
                    LocalDate.of(2015, 1, 1), LocalDate.of(2025, 1, 1), FENLAND_TEAM, FENLAND_SW);
            world.add(c);
            world.inCare(c, LocalDate.of(2025, 6, 1), LegalStatus.SECTION_20, null, 0);
        }
        CurrentUser manager = world.user(CIC_TM, MANAGER);
        String first = get(manager, "/children-in-care", null, null);
        assertTrue(first.contains("Showing 1 to 25 of 32"), first);
        String second = get(manager, "/children-in-care", "page", "2");
        assertTrue(second.contains("Showing 26 to 32 of 32"));
    }

    @Test
    void placementMovesAndCostsShowTheIndicatorAndTotalsByType() {
        CurrentUser manager = world.user(CIC_TM, MANAGER);
        String html = get(manager, "/children-in-care/placements", null, null);
        assertTrue(html.contains("<strong>50%</strong>"), "1 of the authority's 2 children in care: " + html);
        assertTrue(html.contains("Amy Fenn"));
        // open today: in-house £350 and kinship £200
        assertTrue(html.contains("£550.00"), html);
        assertTrue(html.contains("Residential children&#x27;s home") || html.contains("Residential children's home"));
        assertFalse(html.contains("£5,000.00"), "another authority's placement");
        String noCosts = get(world.user(CIC_SW, WORKER), "/children-in-care/placements", null, null);
        assertFalse(noCosts.contains("Costs by type of placement"), "costs need their permission");
    }

    @Test
    void alertsListTheOpenOnesOfChildrenTheUserMaySee() {
        CareEpisode amy = world.current(CHILD).episode();
        new CareWrites(world.db.factory()).addAlert(new IroAlert(amy.id(), AUTHORITY, AlertConcern.VISITS, "Visits late",
                LocalDate.of(2026, 2, 1), IRO, "Harriet Oakes", LocalDate.of(2026, 2, 13)));
        String fenland = get(world.user(FENLAND_TM, MANAGER), "/children-in-care/alerts", null, null);
        assertTrue(fenland.contains("Amy Fenn") && fenland.contains("Statutory visits not made"));
        assertTrue(fenland.contains("Overdue"));
        String hunts = get(world.user(HUNTS_SW, WORKER), "/children-in-care/alerts", null, null);
        assertTrue(hunts.contains("No open case alerts."));
        String mine = get(world.user(CIC_TM, MANAGER), "/children-in-care/alerts", "mine", "1");
        assertTrue(mine.contains("No open case alerts."), "not the CIC team's child");
    }

    @Test
    void casesClosedAsTransferredToCareWithoutACareRecordAreListedToPickUp() {
        world.add(FakeCaseDirectory.closed(FakeCaseDirectory.open(540, AUTHORITY, FENLAND, 640, "Hal Waiting",
                LocalDate.of(2016, 1, 1), LocalDate.of(2025, 5, 1), FENLAND_TEAM, FENLAND_SW), LocalDate.of(2026, 2, 1)));
        String html = get(world.user(CIC_TM, MANAGER), "/children-in-care", null, null);
        assertTrue(html.contains("Transferred to children in care in case records, but not recorded here"), html);
        assertTrue(html.contains("Hal Waiting"));
        world.inCare(world.theCase(540), LocalDate.of(2026, 2, 1), LegalStatus.CARE_ORDER, null, 0);
        assertFalse(get(world.user(CIC_TM, MANAGER), "/children-in-care", null, null).contains("but not recorded here"));
    }

    @Test
    void theListSaysHowChildrenLeftCareAndAfterHowLong() {
        CareEpisode ben = world.current(602).episode();
        new CareWrites(world.db.factory()).leaveCare(ben.id(), ben.version(), LocalDate.of(2026, 1, 10),
                org.safeguard.corporateparenting.model.LeavingReason.SPECIAL_GUARDIANSHIP, null, ended -> { });
        String html = get(world.user(CIC_TM, MANAGER), "/children-in-care", null, null);
        assertTrue(html.contains("Special guardianship order"), html);
        assertTrue(html.contains("24 months"), "10 January 2024 to 10 January 2026");
        assertTrue(get(world.user(FENLAND_SW, WORKER), "/children-in-care", null, null)
                .contains("No child you can see left care in the last 12 months."), "Huntingdonshire's child");
    }

    @Test
    void aUserWithoutAnAuthorityIsNotFound() {
        CurrentUser nobody = new CurrentUser(99L, "x", "X", null, null, null, null, java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of());
        assertEquals(PageResult.notFound(), Routes.get(world.service(), "/children-in-care", FakeRequest.get(nobody, "/")));
    }
}
