package org.safeguard.corporateparenting.leavers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.corporateparenting.TestWorld.*;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.corporateparenting.FakeCaseDirectory;
import org.safeguard.corporateparenting.Routes;
import org.safeguard.corporateparenting.TestWorld;
import org.safeguard.corporateparenting.care.CareRepository;
import org.safeguard.corporateparenting.care.CareWrites;
import org.safeguard.corporateparenting.model.Accommodation;
import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.CareLeaver;
import org.safeguard.corporateparenting.model.LeavingReason;
import org.safeguard.corporateparenting.model.LegalStatus;
import org.safeguard.corporateparenting.model.PlacementType;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

/** Care leavers: the list, a young person's leaving care support, pathway plan reviews. */
class LeaverPagesTest {

    static final String PAGE = "/care-leavers/cases/{caseId}";

    private static TestWorld world;
    private CurrentUser pa;

    @BeforeAll
    static void database() {
        world = new TestWorld("cp-leavers");
    }

    @AfterAll
    static void close() throws Exception {
        world.close();
    }

    @BeforeEach
    void setUp() {
        world.reset();
        pa = world.user(PA, WORKER);
        // Fay: 17, in care since 2024: eligible
        ChildCase fay = FakeCaseDirectory.open(530, AUTHORITY, FENLAND, 630, "Fay Older", LocalDate.of(2008, 6, 1),
                LocalDate.of(2023, 11, 1), FENLAND_TEAM, FENLAND_SW);
        world.add(fay);
        world.inCare(fay, LocalDate.of(2024, 1, 1), LegalStatus.CARE_ORDER, PlacementType.IN_HOUSE_FOSTER, 35_000);
        // Gus: 20, left care at 18 in 2024: former relevant
        ChildCase gus = FakeCaseDirectory.closed(FakeCaseDirectory.open(531, AUTHORITY, HUNTS, 631, "Gus Leaver",
                LocalDate.of(2006, 1, 15), LocalDate.of(2019, 1, 1), HUNTS_TEAM, HUNTS_SW), LocalDate.of(2020, 1, 1));
        world.add(gus);
        CareEpisode g = world.inCare(gus, LocalDate.of(2020, 1, 1), LegalStatus.CARE_ORDER, PlacementType.RESIDENTIAL, 380_000);
        new CareWrites(world.db.factory()).leaveCare(g.id(), world.current(631).episode().version(), LocalDate.of(2024, 1, 15),
                LeavingReason.TURNED_18, null, ended -> { });
        // Amy: 11, in care: not a care leaver
        world.inCare(world.theCase(CASE), LocalDate.of(2025, 9, 1), LegalStatus.SECTION_20, null, 0);
    }

    private String list(CurrentUser user, String show) {
        FakeRequest request = FakeRequest.get(user, "/care-leavers");
        if (show != null) {
            request.query("show", show);
        }
        return Pages.render(Routes.get(world.leavers(), "/care-leavers", request));
    }

    @Test
    void theListHasEveryCareLeaverTheUserMaySeeWithTheirCategory() {
        String html = list(world.user(CIC_TM, MANAGER), null);
        assertTrue(html.contains("Fay Older") && html.contains("Eligible"), html);
        assertTrue(html.contains("Gus Leaver") && html.contains("Former relevant"));
        assertFalse(html.contains("Amy Fenn"));
        assertTrue(html.contains("0% of 1 (target 95%)"), "Gus's accommodation is not recorded");
        String fenland = list(world.user(FENLAND_SW, WORKER), null);
        assertFalse(fenland.contains("Gus Leaver"), "a Huntingdonshire case");
        String noAdviser = list(world.user(CIC_TM, MANAGER), "no-adviser");
        assertTrue(noAdviser.contains("Fay Older") && noAdviser.contains("Gus Leaver"));
        assertEquals(3, world.audit.actions("care-leavers.list").size());
    }

    @Test
    void aPersonalAdviserRecordsSupportAndAPathwayReview() {
        String page = Pages.render(Routes.get(world.leaver(), PAGE, FakeRequest.get(pa, "/x").pathParam("caseId", 531)));
        assertTrue(page.contains("Former relevant"), page);
        assertTrue(page.contains("Luke Brampton"), "personal advisers offered");
        PageResult saved = Routes.post(world.leaver(), PAGE, FakeRequest.post(pa, "/x").pathParam("caseId", 531)
                .form("adviser", String.valueOf(PA)).date("pathwayPlanOn", "1", "12", "2025").form("accommodation", "STAYING_PUT")
                .form("suitable", "yes").form("activity", "EMPLOYMENT").form("supportTo25", "yes"));
        assertEquals(PageResult.redirect("/care-leavers/cases/531?done=leaver"), saved);
        CareLeaver leaver = new CareRepository(world.db.factory()).child(AUTHORITY, 631).leaver().orElseThrow();
        assertEquals(Accommodation.STAYING_PUT, leaver.accommodation());
        assertTrue(leaver.supportTo25());
        assertEquals(PageResult.redirect("/care-leavers/cases/531?done=pathway-review"), Routes.post(world.leaver(),
                PAGE + "/pathway-reviews", FakeRequest.post(pa, "/x").pathParam("caseId", 531).date("reviewedOn", "2", "3", "2026")));
        String after = Pages.render(Routes.get(world.leaver(), PAGE, FakeRequest.get(pa, "/x").pathParam("caseId", 531)));
        assertTrue(after.contains("2 September 2026"), "six months after the review: " + after);
        assertTrue(after.contains("15 January 2031"), "supported to 25");
        assertTrue(list(world.user(CIC_TM, MANAGER), null).contains("100% of 1"));
    }

    @Test
    void accommodationNeedsItsSuitabilityAndAStaleFormIsRefused() {
        PageResult invalid = Routes.post(world.leaver(), PAGE, FakeRequest.post(pa, "/x").pathParam("caseId", 531)
                .form("accommodation", "INDEPENDENT").form("supportTo25", "maybe"));
        String html = Pages.render(invalid);
        assertTrue(html.contains("Select whether their accommodation is suitable"));
        assertTrue(html.contains("Select yes if they have asked for support until they are 25"));
        assertEquals(Optional.empty(), new CareRepository(world.db.factory()).child(AUTHORITY, 631).leaver());
        Routes.post(world.leaver(), PAGE, FakeRequest.post(pa, "/x").pathParam("caseId", 531).form("supportTo25", "no"));
        String stale = Pages.render(Routes.post(world.leaver(), PAGE, FakeRequest.post(pa, "/x").pathParam("caseId", 531)
                .form("supportTo25", "yes")));
        assertTrue(stale.contains("changed by someone else"), "no version: someone saved first");
    }

    @Test
    void aChildWhoIsNotACareLeaverSaysSo() {
        String html = Pages.render(Routes.get(world.leaver(), PAGE, FakeRequest.get(pa, "/x").pathParam("caseId", CASE)));
        assertTrue(html.contains("Amy Fenn is not a care leaver"));
        assertEquals(PageResult.redirect("/care-leavers/cases/501"), Routes.post(world.leaver(), PAGE,
                FakeRequest.post(pa, "/x").pathParam("caseId", CASE).form("supportTo25", "no")));
        assertEquals(PageResult.notFound(), Routes.get(world.leaver(), PAGE, FakeRequest.get(world.user(OTHER_AUTHORITY_SW, WORKER),
                "/x").pathParam("caseId", 531)));
    }
}
