package org.safeguard.fostering.carers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.fostering.TestWorld;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.ApprovalType;
import org.safeguard.fostering.model.FosterPlacement;
import org.safeguard.fostering.model.Household;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

/** The register and the household page: who reaches them, what they show, adding carers. */
class RegisterAndHouseholdPagesTest {

    static TestWorld world;
    static Household hartley;
    static Household lapsed;
    static Household peterborough;

    @BeforeAll
    static void setUp() {
        world = new TestWorld("register-pages");
        world.cases.addCase(40, TestWorld.CCC, TestWorld.FENLAND, 400, "Amy Walker", LocalDate.of(2019, 5, 1),
                TestWorld.FENLAND_TEAM, 3L);
        world.cases.addCase(41, TestWorld.CCC, TestWorld.HUNTS, 401, "Ben Cole", LocalDate.of(2017, 5, 1), 102L, 4L);
        hartley = world.household("Jane and Sam Hartley", LocalDate.of(2026, 4, 1), 0, 10, 2);
        lapsed = world.household("Lapsed Lambert", LocalDate.of(2025, 6, 1), 0, 17, 1);
        peterborough = world.household(TestWorld.PCC, "Orton", new ApprovalTerms(LocalDate.of(2026, 1, 1),
                ApprovalType.MAINSTREAM, 0, 17, 1, TestWorld.none(), null, null, null));
        world.context.placements().start(TestWorld.CCC, hartley.id(), 40, LocalDate.of(2026, 9, 1),
                FosterPlacement.Source.FOSTERING, false, 2L, world.context.clock().nowUtc());
        world.context.placements().start(TestWorld.CCC, hartley.id(), 41, LocalDate.of(2026, 10, 1),
                FosterPlacement.Source.FOSTERING, false, 2L, world.context.clock().nowUtc());
    }

    @AfterAll
    static void tearDown() throws Exception {
        world.close();
    }

    private static String render(PageResult result, CurrentUser user) {
        return Pages.render(result, user, "/fostering");
    }

    @Test
    void theFosteringTeamSeesItsAuthoritysCarersWithPlacesAndReviewsAndTheLookIsAudited() {
        RegisterPages pages = new RegisterPages(world.context);
        PageResult result = pages.register(FakeRequest.get(world.helen(), "/fostering"));
        String html = render(result, world.helen());
        assertTrue(html.contains("Jane and Sam Hartley"));
        assertTrue(html.contains("0 free of 2"), "two children living there");
        assertTrue(html.contains("Overdue: not offered for matching"), "the lapsed review is flagged");
        assertFalse(html.contains("Orton"), "another authority's carers");
        assertTrue(html.contains("Vacancies by age"));
        assertEquals("carers.register.view", world.audit.events().get(world.audit.events().size() - 1).action());
    }

    @Test
    void aCorporateParentingWorkerSeesTheRegisterADistrictWorkerGoesToTheContactDiary() {
        RegisterPages pages = new RegisterPages(world.context);
        assertInstanceOf(PageResult.Page.class, pages.register(FakeRequest.get(world.keisha(), "/fostering")));
        assertEquals(new PageResult.Redirect("/fostering/contact"), pages.register(FakeRequest.get(world.jess(), "/fostering")));
    }

    @Test
    void filtersNarrowTheList() {
        RegisterPages pages = new RegisterPages(world.context);
        String vacancies = render(pages.register(FakeRequest.get(world.helen(), "/fostering").query("vacancies", "yes")),
                world.helen());
        assertFalse(vacancies.contains("Jane and Sam Hartley"), "full");
        assertFalse(vacancies.contains("Lapsed Lambert"), "lapsed review: not a vacancy");
        String reviews = render(pages.register(FakeRequest.get(world.helen(), "/fostering").query("reviews", "yes")),
                world.helen());
        assertTrue(reviews.contains("Lapsed Lambert"));
        assertFalse(reviews.contains("Jane and Sam Hartley"));
        String age = render(pages.register(FakeRequest.get(world.helen(), "/fostering").query("age", "12")), world.helen());
        assertFalse(age.contains("Jane and Sam Hartley"), "approved up to 10");
        String search = render(pages.register(FakeRequest.get(world.helen(), "/fostering").query("q", "hartley")),
                world.helen());
        assertTrue(search.contains("Jane and Sam Hartley"));
        assertFalse(search.contains("Lapsed Lambert"));
    }

    @Test
    void theHouseholdPageNamesOnlyChildrenTheUserCanSee() {
        HouseholdPages pages = new HouseholdPages(world.context);
        String helen = Pages.render(pages.view(FakeRequest.get(world.helen(), "/fostering/households/" + hartley.id())
                .pathParam("householdId", hartley.id())), world.helen(), "/");
        assertTrue(helen.contains("Amy Walker") && helen.contains("Ben Cole"));
        assertTrue(helen.contains("It is the first review of this approval"));
        assertTrue(helen.contains("Record a child who has come to live here"), "corporate parenting is not running");
        assertEquals("household.view", world.audit.events().get(world.audit.events().size() - 1).action());
    }

    @Test
    void householdsOutsideTheRegisterAreNotFound() {
        HouseholdPages pages = new HouseholdPages(world.context);
        assertEquals(PageResult.notFound(), pages.view(FakeRequest.get(world.helen(), "/")
                .pathParam("householdId", peterborough.id())), "another authority's");
        assertEquals(PageResult.notFound(), pages.view(FakeRequest.get(world.emily(), "/")
                .pathParam("householdId", hartley.id())), "from another authority");
        assertEquals(PageResult.notFound(), pages.view(FakeRequest.get(world.jess(), "/")
                .pathParam("householdId", hartley.id())), "a district team");
        assertEquals(PageResult.notFound(), pages.view(FakeRequest.get(world.helen(), "/")
                .pathParam("householdId", "abc")));
        assertEquals(PageResult.notFound(), pages.view(FakeRequest.get(world.helen(), "/")
                .pathParam("householdId", "99999")));
    }

    @Test
    void addingCarersWithMistakesSavesNothingAndNamesEachField() {
        HouseholdPages pages = new HouseholdPages(world.context);
        int before = world.context.households().register(TestWorld.CCC).size();
        PageResult result = pages.create(FakeRequest.post(world.helen(), "/fostering/households")
                .form("name", "  ").form("carer1Name", "Jane Smith").form("postcode", "not a postcode")
                .form("approvalType", "KINSHIP").form("ageFrom", "12").form("ageTo", "4").form("places", "4")
                .form("connectedCase", "41").form("terms", "LONG_TERM_ONLY").form("terms", "SHORT_TERM_ONLY")
                .date("approvedOn", "31", "2", "2026"));
        assertEquals(400, ((PageResult.Page) result).status());
        String html = Pages.render(result, world.helen(), "/");
        for (String message : new String[] {"Enter how the household is known", "Enter the first line of the address",
                "Enter a real postcode", "Choose the district", "Choose the supervising social worker",
                "The oldest age must be the same as or more than the youngest age", "The number of children must be between 1 and 3",
                "Choose long-term only or short-term only", "Date of approval must be a real date"}) {
            assertTrue(html.contains(message), message);
        }
        assertTrue(html.contains("value=\"Jane Smith\""), "values kept");
        assertEquals(before, world.context.households().register(TestWorld.CCC).size());
    }

    @Test
    void kinshipCarersMustBeConnectedToAChildTheUserCanSeeAndAreSavedWithTheFamily() {
        HouseholdPages pages = new HouseholdPages(world.context);
        FakeRequest request = FakeRequest.post(world.helen(), "/fostering/households")
                .form("name", "Grace Walker").form("carer1Name", "Grace Walker").form("addressLine1", "2 Fen Lane")
                .form("town", "March").form("postcode", "pe158aa").form("districtId", TestWorld.FENLAND)
                .form("workerId", 2).form("approvalType", "KINSHIP").form("ageFrom", "0").form("ageTo", "17")
                .form("places", "1").date("approvedOn", "1", "11", "2026");
        PageResult saved = pages.create(request.form("connectedCase", "40"));
        assertInstanceOf(PageResult.Redirect.class, saved);
        long id = Long.parseLong(((PageResult.Redirect) saved).location().replaceAll("\\D+(\\d+).*", "$1"));
        var facts = world.context.households().facts(TestWorld.CCC, id).orElseThrow();
        assertEquals("PE15 8AA", facts.household().postcode());
        assertEquals(400L, facts.approvals().get(0).connectedFamilyId());
        assertTrue(world.audit.actions("household.create").size() >= 1);

        CurrentUser emily = world.emily();
        PageResult foreign = pages.create(FakeRequest.post(world.helen(), "/fostering/households")
                .form("name", "X").form("carer1Name", "X").form("addressLine1", "2 Fen Lane").form("town", "March")
                .form("postcode", "PE15 8AA").form("districtId", TestWorld.FENLAND).form("workerId", 2)
                .form("approvalType", "KINSHIP").form("ageFrom", "0").form("ageTo", "17").form("places", "1")
                .form("connectedCase", "99").date("approvedOn", "1", "11", "2026"));
        assertTrue(Pages.render(foreign, emily, "/").contains("Enter the case number of a child whose case you can see"));
    }

    @Test
    void onlyFosteringTeamsKeepCarersRecords() {
        HouseholdPages pages = new HouseholdPages(world.context);
        CurrentUser cicWithEveryPermission = world.organisation.user(5, TestWorld.ALL);
        assertEquals(PageResult.forbidden(), pages.newHousehold(FakeRequest.get(cicWithEveryPermission, "/")));
        assertEquals(PageResult.forbidden(), pages.editDetails(FakeRequest.get(cicWithEveryPermission, "/")
                .pathParam("householdId", hartley.id())));
    }

    @Test
    void aDetailsEditAfterSomeoneElsesChangeIsRefused() {
        HouseholdPages pages = new HouseholdPages(world.context);
        Household fresh = world.household("Edit Me", LocalDate.of(2026, 5, 1), 0, 17, 1);
        FakeRequest edit = FakeRequest.post(world.helen(), "/").pathParam("householdId", fresh.id())
                .form("name", "Edited").form("carer1Name", "Edited Person").form("carer2Name", "Second Person")
                .form("addressLine1", "3 Mill Road").form("town", "Ely").form("postcode", "CB7 4AA")
                .form("districtId", "none").form("workerId", 1)
                .form("version", world.context.households().facts(TestWorld.CCC, fresh.id()).orElseThrow().household().version());
        assertInstanceOf(PageResult.Redirect.class, pages.changeDetails(edit));
        var facts = world.context.households().facts(TestWorld.CCC, fresh.id()).orElseThrow();
        assertEquals("Edited", facts.household().name());
        assertEquals(2, facts.carers().size());
        assertEquals(null, facts.household().districtId());
        PageResult stale = pages.changeDetails(edit);
        assertEquals(409, ((PageResult.Page) stale).status());
        assertTrue(Pages.render(stale, world.helen(), "/").contains("Someone else changed"));
    }
}
