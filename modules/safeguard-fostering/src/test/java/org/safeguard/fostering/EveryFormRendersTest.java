package org.safeguard.fostering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.fostering.carers.ApprovalPages;
import org.safeguard.fostering.carers.HouseholdPages;
import org.safeguard.fostering.carers.PlacementPages;
import org.safeguard.fostering.carers.ReviewPages;
import org.safeguard.fostering.contact.ContactPages;
import org.safeguard.fostering.model.ContactSession;
import org.safeguard.fostering.model.Attendance;
import org.safeguard.fostering.model.FosterPlacement;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.settings.SettingsPages;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

/**
 * Every form of the module renders with the host's helpers and partials: one h1, a CSRF field,
 * every label pointing at an input that exists; and the settings page saves and audits.
 */
class EveryFormRendersTest {

    static TestWorld world;
    static Household household;

    @BeforeAll
    static void setUp() {
        world = new TestWorld("every-form");
        world.cases.addCase(30, TestWorld.CCC, TestWorld.FENLAND, 300, "Ola Pike", LocalDate.of(2016, 1, 1),
                TestWorld.FENLAND_TEAM, 3L);
        world.cases.addMember(300, 3001, "Pat Pike", false, "Parent of Ola");
        household = world.household("Form Carers", LocalDate.of(2026, 2, 1), 0, 17, 2);
        world.context.placements().start(TestWorld.CCC, household.id(), 30, LocalDate.of(2026, 6, 1),
                FosterPlacement.Source.FOSTERING, false, 2L, world.context.clock().nowUtc());
        world.context.contact().record(new ContactSession(TestWorld.CCC, 30, LocalDate.of(2026, 11, 30).atTime(10, 0), 60,
                "March family centre", 2, "Gareth Lloyd-Evans", Attendance.PLANNED, null, 2L, "Gareth",
                world.context.clock().nowUtc()), List.of());
    }

    @AfterAll
    static void tearDown() throws Exception {
        world.close();
    }

    private static void wellFormed(PageResult result, CurrentUser user, String what) {
        String html = Pages.render(result, user, "/");
        assertEquals(1, count(html, "<h1"), what + ": one h1");
        assertTrue(html.contains("name=\"_csrf\""), what + ": CSRF field");
        Matcher labels = Pattern.compile("<label[^>]*for=\"([^\"]+)\"").matcher(html);
        while (labels.find()) {
            assertTrue(html.contains("id=\"" + labels.group(1) + "\""), what + ": label for " + labels.group(1));
        }
        assertFalse(html.contains("style="), what + ": no inline style");
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    /** Calls the contribution's GET route with this path pattern, as the host would. */
    private static PageResult call(org.safeguard.platform.api.web.RouteContribution pages, String path, FakeRequest request) {
        try {
            return pages.routes().stream().filter(r -> r.path().equals(path)
                            && r.method() == request.method()).findFirst().orElseThrow()
                    .handler().handle(request);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static FakeRequest get(Object householdId) {
        return FakeRequest.get(world.helen(), "/").pathParam("householdId", householdId);
    }

    @Test
    void carersForms() {
        CurrentUser helen = world.helen();
        wellFormed(call(new HouseholdPages(world.context), "/fostering/households/new", FakeRequest.get(helen, "/")), helen, "new household");
        wellFormed(call(new HouseholdPages(world.context), "/fostering/households/{householdId}/details", get(household.id())), helen, "details");
        wellFormed(call(new ApprovalPages(world.context), "/fostering/households/{householdId}/approval", get(household.id())), helen, "approval");
        wellFormed(call(new ApprovalPages(world.context), "/fostering/households/{householdId}/deregistration", get(household.id())), helen, "deregistration");
        wellFormed(call(new ReviewPages(world.context), "/fostering/households/{householdId}/reviews/new", get(household.id())), helen, "review");
        wellFormed(call(new ReviewPages(world.context), "/fostering/households/{householdId}/training/new", get(household.id())), helen, "training");
        wellFormed(call(new PlacementPages(world.context), "/fostering/households/{householdId}/placements/new", get(household.id())), helen, "placement");
        long placementId = world.context.households().facts(TestWorld.CCC, household.id()).orElseThrow()
                .placements().get(0).id();
        wellFormed(call(new PlacementPages(world.context), "/fostering/households/{householdId}/placements/{placementId}/end",
                get(household.id()).pathParam("placementId", placementId)),
                helen, "placement end");
    }

    @Test
    void contactForms() {
        CurrentUser jess = world.jess();
        ContactPages pages = new ContactPages(world.context);
        wellFormed(call(pages, "/fostering/cases/{caseId}/contact/new", FakeRequest.get(jess, "/").pathParam("caseId", 30)), jess, "new session");
        long sessionId = world.context.contact().page(30, 0, 1).get(0).id();
        PageResult outcome = call(pages, "/fostering/cases/{caseId}/contact/{sessionId}/outcome",
                FakeRequest.get(jess, "/").pathParam("caseId", 30).pathParam("sessionId", sessionId));
        wellFormed(outcome, jess, "session outcome");
        assertTrue(Pages.render(outcome, jess, "/").contains("Pat Pike"), "the family to tick");
    }

    @Test
    void settingsAreValidatedSavedAndAudited() {
        CurrentUser admin = world.organisation.user(7, FosteringModule.SETTINGS);
        SettingsPages pages = new SettingsPages(world.context);
        wellFormed(call(pages, "/fostering/settings", FakeRequest.get(admin, "/fostering/settings")), admin, "settings");
        PageResult bad = call(pages, "/fostering/settings", FakeRequest.post(admin, "/").form("reviewGraceDays", "-1").form("reviewDueSoonDays", "500"));
        String html = Pages.render(bad, admin, "/");
        assertTrue(html.contains("The grace period must be a whole number") && html.contains("between 7 and 180"));
        assertInstanceOf(PageResult.Redirect.class, call(pages, "/fostering/settings", FakeRequest.post(admin, "/")
                .form("reviewGraceDays", "0").form("reviewDueSoonDays", "30")));
        assertEquals(0, world.context.settings(TestWorld.CCC).reviewGraceDays());
        assertEquals(28, world.context.settings(TestWorld.PCC).reviewGraceDays(), "another authority keeps the default");
        assertEquals("grace=0 dueSoon=30", world.audit.actions("fostering.settings").get(0).detail());
    }
}
