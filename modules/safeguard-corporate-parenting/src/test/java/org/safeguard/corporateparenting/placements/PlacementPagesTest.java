package org.safeguard.corporateparenting.placements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.corporateparenting.TestWorld.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.corporateparenting.FakeFosterCarers;
import org.safeguard.corporateparenting.Routes;
import org.safeguard.corporateparenting.TestWorld;
import org.safeguard.corporateparenting.care.CareRepository;
import org.safeguard.corporateparenting.care.EpisodeRecord;
import org.safeguard.corporateparenting.model.Placement;
import org.safeguard.corporateparenting.model.PlacementChangeReason;
import org.safeguard.corporateparenting.model.PlacementType;
import org.safeguard.fostering.api.CarerHousehold;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

/** Recording placements without fostering (carer typed) and with it (a fake FosterCarers offers households). */
class PlacementPagesTest {

    static final String START = "/children-in-care/cases/{caseId}/start";
    static final String LEAVE = "/children-in-care/cases/{caseId}/leave";
    static final String NEW = "/children-in-care/cases/{caseId}/placements/new";

    private static TestWorld world;
    private CurrentUser worker;

    @BeforeAll
    static void database() {
        world = new TestWorld("cp-placements");
    }

    @AfterAll
    static void close() throws Exception {
        world.close();
    }

    @BeforeEach
    void setUp() {
        world.reset();
        worker = world.user(FENLAND_SW, WORKER);
        PageResult started = Routes.post(world.episodes(null), START, FakeRequest.post(worker, "/x").pathParam("caseId", CASE)
                .date("startedOn", "2", "3", "2026").form("legalStatus", "SECTION_20").form("uasc", "no"));
        assertEquals(PageResult.redirect("/children-in-care/cases/501?done=started"), started);
    }

    private FakeRequest placement(String type, String day) {
        return placement(type, day, "£350.00");
    }

    private FakeRequest placement(String type, String day, String cost) {
        return FakeRequest.post(worker, "/children-in-care/cases/501/placements/new").pathParam("caseId", CASE)
                .form("version", String.valueOf(current().episode().version()))
                .form("placementType", type).form("provider", "Cambridgeshire County Council")
                .date("startedOn", day, "3", "2026").form("weeklyCost", cost).form("longTerm", "no");
    }

    private EpisodeRecord current() {
        return new CareRepository(world.db.factory()).child(AUTHORITY, CHILD).current().orElseThrow();
    }

    private static CarerHousehold household(long id, String name, String type, int from, int to, int places, int placed) {
        return new CarerHousehold(id, AUTHORITY, name, type, from, to, places, placed, LocalDate.of(2026, 9, 1));
    }

    @Test
    void withoutFosteringTheCarerIsTypedAndRecorded() throws Exception {
        String form = Pages.render(Routes.get(world.placements(null), NEW, FakeRequest.get(worker, "/x").pathParam("caseId", CASE)));
        assertTrue(form.contains("Carer&#x27;s name") || form.contains("Carer's name"), form);
        assertFalse(form.contains("Carer household"), "no fostering, no households offered");
        PageResult saved = Routes.post(world.placements(null), NEW, placement("IN_HOUSE_FOSTER", "2").form("carer", "Jane and Sam Hartley"));
        assertEquals(PageResult.redirect("/children-in-care/cases/501?done=placement"), saved);
        Placement p = current().currentPlacement().orElseThrow();
        assertEquals("Jane and Sam Hartley", p.carerName());
        assertEquals(35_000, p.weeklyCostPence());
        assertEquals(null, p.carerHouseholdId());
        assertTrue(world.audit.actions("placement.record").get(0).detail().contains("type=IN_HOUSE_FOSTER"));
    }

    @Test
    void aFosterPlacementWithoutACarerNameOrCostIsRefusedAndNothingSaved() throws Exception {
        PageResult result = Routes.post(world.placements(null), NEW, FakeRequest.post(worker, "/x").pathParam("caseId", CASE)
                .form("version", "0").form("placementType", "INDEPENDENT_FOSTERING_AGENCY").form("weeklyCost", "a lot")
                .date("startedOn", "1", "3", "2026"));
        String html = Pages.render(result);
        assertEquals(400, ((PageResult.Page) result).status());
        assertTrue(html.contains("Enter the provider"));
        assertTrue(html.contains("Enter the carer&#x27;s name") || html.contains("Enter the carer's name"), html);
        assertTrue(html.contains("Weekly cost must be an amount in pounds"));
        assertTrue(html.contains("Start date must be on or after 2 March 2026, when they came into care"));
        assertTrue(html.contains("Select yes if the placement is intended to last until they are 18"));
        assertEquals(0, world.count("cp_placement"));
    }

    @Test
    void aNewPlacementEndsTheCurrentOneWithTheReasonForTheChange() throws Exception {
        Routes.post(world.placements(null), NEW, placement("INDEPENDENT_FOSTERING_AGENCY", "2").form("carer", "Orchard Fostering carers")
                .form("provider", "Orchard Fostering"));
        PageResult noReason = Routes.post(world.placements(null), NEW, placement("RESIDENTIAL", "3"));
        assertTrue(Pages.render(noReason).contains("Select why the current placement is ending"));
        PageResult sameDay = Routes.post(world.placements(null), NEW, placement("RESIDENTIAL", "2").form("changeReason", "CARER_REQUEST_BEHAVIOUR"));
        assertTrue(Pages.render(sameDay).contains("Start date must be after 2 March 2026, when the current placement began"));
        Routes.post(world.placements(null), NEW, placement("RESIDENTIAL", "3", "4,450").form("changeReason", "CARER_REQUEST_BEHAVIOUR"));
        List<Placement> placements = current().placements();
        assertEquals(2, placements.size());
        assertEquals(LocalDate.of(2026, 3, 3), placements.get(0).endedOn());
        assertEquals(PlacementChangeReason.CARER_REQUEST_BEHAVIOUR, placements.get(0).changeReason());
        assertEquals(PlacementType.RESIDENTIAL, placements.get(1).type());
        assertEquals(445_000, placements.get(1).weeklyCostPence());
    }

    @Test
    void aFormDrawnBeforeSomeoneElsesChangeIsRefused() throws Exception {
        FakeRequest stale = placement("RESIDENTIAL", "3").form("carer", "x");
        Routes.post(world.placements(null), NEW, placement("KINSHIP", "2").form("carer", "Nan Fenn"));
        PageResult result = Routes.post(world.placements(null), NEW, stale.form("changeReason", "CARE_PLAN"));
        assertTrue(Pages.render(result).contains("changed by someone else"));
        assertEquals(1, world.count("cp_placement"));
    }

    @Test
    void withFosteringTheMatchedHouseholdIsOfferedFirstAndChosen() {
        FakeFosterCarers fostering = new FakeFosterCarers()
                .household(household(7, "Jane and Sam Hartley", "Mainstream", 8, 14, 2, 0))
                .household(household(8, "Priya Shah", "Mainstream", 0, 18, 1, 0))
                .household(household(9, "Nan and Pop Fenn", "Kinship / connected person", 0, 18, 1, 0))
                .household(household(10, "Too Young Carers", "Mainstream", 0, 4, 2, 0))
                .match(CASE, 8);
        String html = Pages.render(Routes.get(world.placements(fostering), NEW, FakeRequest.get(worker, "/x").pathParam("caseId", CASE)));
        int match = html.indexOf("Priya Shah");
        int other = html.indexOf("Jane and Sam Hartley");
        assertTrue(match > 0 && other > match, "the match first: " + html);
        assertTrue(html.contains("value=\"8\" checked"), "the match chosen");
        assertTrue(html.contains("value=\"IN_HOUSE_FOSTER\" checked"));
        assertFalse(html.contains("Too Young Carers"), "approval does not fit an 11-year-old");
        assertTrue(html.indexOf("Nan and Pop Fenn") > html.indexOf("householdKinship"), "kinship carers under kinship");
    }

    @Test
    void withFosteringTheChosenHouseholdIsToldOfTheArrivalAndTheDeparture() {
        FakeFosterCarers fostering = new FakeFosterCarers().household(household(7, "Jane and Sam Hartley", "Mainstream", 8, 14, 2, 0));
        PageResult saved = Routes.post(world.placements(fostering), NEW, placement("IN_HOUSE_FOSTER", "2").form("householdInHouse", "7"));
        assertEquals(PageResult.redirect("/children-in-care/cases/501?done=placement"), saved);
        assertEquals("Jane and Sam Hartley", current().currentPlacement().orElseThrow().carerName());
        assertEquals(List.of(new FakeFosterCarers.Call("started", 7, CASE, LocalDate.of(2026, 3, 2))), fostering.calls);
        Routes.post(world.placements(fostering), NEW, placement("RESIDENTIAL", "4").form("changeReason", "CARE_PLAN"));
        assertEquals(new FakeFosterCarers.Call("ended", 7, CASE, LocalDate.of(2026, 3, 4)), fostering.calls.get(1));
        assertTrue(world.audit.actions("placement.record").get(0).detail().contains("household=7"));
    }

    @Test
    void aHouseholdThatNoLongerFitsIsRefused() throws Exception {
        FakeFosterCarers fostering = new FakeFosterCarers().household(household(7, "Full House", "Mainstream", 8, 14, 1, 1));
        PageResult result = Routes.post(world.placements(fostering), NEW, placement("IN_HOUSE_FOSTER", "2").form("householdInHouse", "7"));
        assertTrue(Pages.render(result).contains("does not fit the child on the start date or has no room"));
        assertEquals(0, world.count("cp_placement"));
        assertTrue(fostering.calls.isEmpty());
    }

    @Test
    void whenFosteringRefusesThePlacementNothingIsSaved() throws Exception {
        FakeFosterCarers fostering = new FakeFosterCarers().household(household(7, "Jane and Sam Hartley", "Mainstream", 8, 14, 2, 0));
        fostering.refuse = true;
        PageResult result = Routes.post(world.placements(fostering), NEW, placement("IN_HOUSE_FOSTER", "2").form("householdInHouse", "7"));
        assertEquals(400, ((PageResult.Page) result).status());
        assertTrue(Pages.render(result).contains("Fostering could not place the child with that household"));
        assertEquals(0, world.count("cp_placement"));
    }

    @Test
    void withFosteringSomeoneElseCanStillBeTyped() {
        FakeFosterCarers fostering = new FakeFosterCarers().household(household(7, "Jane and Sam Hartley", "Mainstream", 8, 14, 2, 0));
        Routes.post(world.placements(fostering), NEW, placement("KINSHIP", "2").form("householdKinship", "other").form("carer", "Aunt Rose"));
        assertEquals("Aunt Rose", current().currentPlacement().orElseThrow().carerName());
        assertTrue(fostering.calls.isEmpty(), "fostering does not know this carer");
    }

    @Test
    void leavingCareEndsThePlacementAndTellsFostering() {
        FakeFosterCarers fostering = new FakeFosterCarers().household(household(7, "Jane and Sam Hartley", "Mainstream", 8, 14, 2, 0));
        Routes.post(world.placements(fostering), NEW, placement("IN_HOUSE_FOSTER", "2").form("householdInHouse", "7"));
        PageResult left = Routes.post(world.episodes(fostering), LEAVE, FakeRequest.post(worker, "/x").pathParam("caseId", CASE)
                .form("version", String.valueOf(current().episode().version()))
                .date("endedOn", "4", "3", "2026").form("reason", "RETURN_HOME"));
        assertEquals(PageResult.redirect("/children-in-care/cases/501?done=left"), left);
        assertEquals(new FakeFosterCarers.Call("ended", 7, CASE, LocalDate.of(2026, 3, 4)), fostering.calls.get(1));
        var child = new CareRepository(world.db.factory()).child(AUTHORITY, CHILD);
        assertFalse(child.inCare());
        assertEquals(PlacementChangeReason.LEFT_CARE, child.episodes().get(0).placements().get(0).changeReason());
    }
}
