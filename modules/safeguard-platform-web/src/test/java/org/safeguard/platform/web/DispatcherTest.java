package org.safeguard.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

class DispatcherTest {

    private static final String SESSION = "session-token";
    private static final String CSRF = "csrf-token-of-the-session";

    private static final String MODULE_BUNDLE = "safeguard-team-notices";
    private static final String PLATFORM_BUNDLE = "safeguard-platform-web";

    private final List<RouteContribution> contributions = new CopyOnWriteArrayList<>();
    private final Map<RouteContribution, String> bundles = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicBoolean moduleEnabled = new AtomicBoolean(true);
    private final AtomicBoolean handlerCalled = new AtomicBoolean();
    private final AtomicReference<WebRequest> seen = new AtomicReference<>();

    private final Dispatcher dispatcher = new Dispatcher(() -> contributions.stream()
            .map(c -> new Contributed<>(c, bundles.getOrDefault(c,
                    "platform".equals(c.moduleId()) ? PLATFORM_BUNDLE : MODULE_BUNDLE)))
            .toList(),
            token -> SESSION.equals(token) ? Optional.of(new SignedIn(SESSION, CSRF, Fixtures.SOCIAL_WORKER)) : Optional.empty(),
            (moduleId, user) -> "platform".equals(moduleId) || moduleEnabled.get());

    private PageResult handle(WebRequest request) {
        handlerCalled.set(true);
        seen.set(request);
        return PageResult.page("notices/show", "Notice", Map.of());
    }

    @Test
    void literalRouteBeatsParameterRouteWhateverTheOrder() throws Exception {
        contributions.add(Fixtures.contribution("notices",
                Route.get("/notices/{id}", null, r -> PageResult.page("notices/show", "Show", Map.of())),
                Route.get("/notices/new", null, r -> PageResult.page("notices/new", "New", Map.of()))));
        PageResult.Page page = (PageResult.Page) dispatcher.dispatch(Fixtures.get("/notices/new", SESSION)).result();
        assertEquals("notices/new", page.template());
    }

    @Test
    void handlerGetsPathParametersAndTheUser() throws Exception {
        contributions.add(Fixtures.contribution("notices", Route.get("/notices/{id}", "notices.read", this::handle)));
        Dispatch dispatch = dispatcher.dispatch(Fixtures.get("/notices/42", SESSION));
        assertInstanceOf(PageResult.Page.class, dispatch.result());
        assertEquals("42", seen.get().pathParam("id"));
        assertEquals("fenland.sw", seen.get().user().username());
        assertSame(contributions.get(0), dispatch.source());
    }

    @Test
    void unknownPathIsNotFound() throws Exception {
        contributions.add(Fixtures.contribution("notices", Route.get("/notices", null, this::handle)));
        assertEquals(new PageResult.Error(404, null), dispatcher.dispatch(Fixtures.get("/elsewhere", SESSION)).result());
    }

    @Test
    void methodMustMatchExactly() throws Exception {
        contributions.add(Fixtures.contribution("notices", Route.post("/notices", null, this::handle)));
        assertEquals(404, ((PageResult.Error) dispatcher.dispatch(Fixtures.get("/notices", SESSION)).result()).status());
        assertFalse(handlerCalled.get());
    }

    @Test
    void anonymousVisitorIsSentToSignInWithTheWayBack() throws Exception {
        contributions.add(Fixtures.contribution("notices", Route.get("/notices/{id}", null, this::handle)));
        IncomingRequest request = new IncomingRequest(org.safeguard.platform.api.web.HttpMethod.GET, "/notices/3",
                "tab=notes", Map.of(), Map.of(), null, "127.0.0.1");
        assertEquals(PageResult.redirect("/login?next=%2Fnotices%2F3%3Ftab%3Dnotes"), dispatcher.dispatch(request).result());
        assertFalse(handlerCalled.get());
    }

    @Test
    void expiredSessionIsTreatedAsAnonymous() throws Exception {
        contributions.add(Fixtures.contribution("notices", Route.get("/notices", null, this::handle)));
        assertInstanceOf(PageResult.Redirect.class, dispatcher.dispatch(Fixtures.get("/notices", "stale")).result());
    }

    @Test
    void moduleNotEnabledLooksExactlyLikeAMissingPage() throws Exception {
        contributions.add(Fixtures.contribution("notices", Route.get("/notices", null, this::handle)));
        moduleEnabled.set(false);
        Dispatch dispatch = dispatcher.dispatch(Fixtures.get("/notices", SESSION));
        assertEquals(dispatcher.dispatch(Fixtures.get("/no-such-page", SESSION)).result(), dispatch.result());
        assertFalse(handlerCalled.get());
    }

    @Test
    void platformPagesAreAlwaysEnabled() throws Exception {
        contributions.add(Fixtures.contribution("platform", Route.get("/", null, this::handle)));
        moduleEnabled.set(false);
        assertInstanceOf(PageResult.Page.class, dispatcher.dispatch(Fixtures.get("/", SESSION)).result());
    }

    @Test
    void missingPermissionIsForbidden() throws Exception {
        contributions.add(Fixtures.contribution("notices", Route.get("/notices", "notices.write", this::handle)));
        assertEquals(PageResult.forbidden(), dispatcher.dispatch(Fixtures.get("/notices", SESSION)).result());
        assertFalse(handlerCalled.get());
    }

    @Test
    void postWithoutCsrfTokenIsRefusedAndHandlerNotCalled() throws Exception {
        contributions.add(Fixtures.contribution("notices", Route.post("/notices", null, this::handle)));
        assertFormExpired(dispatcher.dispatch(Fixtures.post("/notices", SESSION, Map.of("title", List.of("x")))));
        assertFalse(handlerCalled.get());
    }

    @Test
    void postWithWrongCsrfTokenIsRefusedAndHandlerNotCalled() throws Exception {
        contributions.add(Fixtures.contribution("notices", Route.post("/notices", null, this::handle)));
        assertFormExpired(dispatcher.dispatch(Fixtures.post("/notices", SESSION, Map.of("_csrf", List.of("guess")))));
        assertFormExpired(dispatcher.dispatch(Fixtures.post("/notices", SESSION, Map.of("_csrf", List.of(CSRF, "guess")))));
        assertFalse(handlerCalled.get());
    }

    @Test
    void postWithTheSessionsCsrfTokenReachesTheHandlerWithTheForm() throws Exception {
        contributions.add(Fixtures.contribution("notices", Route.post("/notices", null, this::handle)));
        dispatcher.dispatch(Fixtures.post("/notices", SESSION,
                Map.of("_csrf", List.of(CSRF), "title", List.of("  Team meeting  "), "note", List.of("   "))));
        assertTrue(handlerCalled.get());
        assertEquals(Optional.of("Team meeting"), seen.get().form("title"));
        assertEquals(Optional.empty(), seen.get().form("note"));
    }

    @Test
    void removedContributionAnswersNotFound() throws Exception {
        RouteContribution notices = Fixtures.contribution("notices", Route.get("/notices", null, this::handle));
        contributions.add(notices);
        assertInstanceOf(PageResult.Page.class, dispatcher.dispatch(Fixtures.get("/notices", SESSION)).result());
        contributions.remove(notices);
        assertEquals(PageResult.notFound(), dispatcher.dispatch(Fixtures.get("/notices", SESSION)).result());
    }

    private static void assertFormExpired(Dispatch dispatch) {
        assertEquals(new PageResult.Error(403, Dispatcher.FORM_EXPIRED), dispatch.result());
    }

    @Test
    void platformRouteWinsAnEquallySpecificTieEvenWhenTheModuleIsListedFirst() throws Exception {
        contributions.add(Fixtures.contribution("notices", Route.get("/{section}", null, this::handle)));
        contributions.add(Fixtures.contribution("platform",
                Route.get("/{page}", null, r -> PageResult.page("home", "Home", Map.of()))));
        Dispatch dispatch = dispatcher.dispatch(Fixtures.get("/district", SESSION));
        assertEquals("home", ((PageResult.Page) dispatch.result()).template());
        assertFalse(handlerCalled.get());
    }

    @Test
    void moduleCannotTakeOverAPlatformRouteWithTheSamePath() throws Exception {
        contributions.add(Fixtures.contribution("notices", Route.get("/", null, this::handle)));
        contributions.add(Fixtures.contribution("platform",
                Route.get("/", null, r -> PageResult.page("home", "Home", Map.of()))));
        assertEquals("home", ((PageResult.Page) dispatcher.dispatch(Fixtures.get("/", SESSION)).result()).template());
        assertFalse(handlerCalled.get());
    }

    @Test
    void secondModuleDuplicatingARouteIsRefusedWhateverItsParameterNames() throws Exception {
        contributions.add(Fixtures.contribution("notices",
                Route.get("/notices/{id}", null, r -> PageResult.page("notices/show", "Show", Map.of()))));
        RouteContribution intruder = Fixtures.contribution("other", Route.get("/notices/{noticeId}", null, this::handle),
                Route.get("/other", null, this::handle));
        bundles.put(intruder, "safeguard-other");
        contributions.add(intruder);
        assertEquals("notices/show",
                ((PageResult.Page) dispatcher.dispatch(Fixtures.get("/notices/5", SESSION)).result()).template());
        assertFalse(handlerCalled.get());
        assertInstanceOf(PageResult.Page.class, dispatcher.dispatch(Fixtures.get("/other", SESSION)).result());
        assertTrue(handlerCalled.get(), "its other routes are still served");
    }

    @Test
    void sameMethodIsNeededForADuplicate() throws Exception {
        contributions.add(Fixtures.contribution("notices", Route.get("/notices", null, r -> PageResult.redirect("/"))));
        contributions.add(Fixtures.contribution("other", Route.post("/notices", null, this::handle)));
        dispatcher.dispatch(Fixtures.post("/notices", SESSION, Map.of("_csrf", List.of(CSRF))));
        assertTrue(handlerCalled.get());
    }

    @Test
    void onlyPlatformBundlesMayClaimThePlatformModuleId() {
        PlatformServices services = new PlatformServices();
        RouteContribution fake = Fixtures.contribution("platform", Route.get("/admin", null, this::handle));
        assertFalse(services.addRoutes(fake, "safeguard-team-notices"));
        assertFalse(services.addRoutes(fake, null));
        assertTrue(services.routes.isEmpty());
        assertTrue(services.addRoutes(fake, "safeguard-platform-identity"));
        assertTrue(services.addRoutes(Fixtures.contribution("notices"), "safeguard-team-notices"));
        assertEquals(2, services.routes.size());
        services.removeRoutes(fake);
        assertEquals(1, services.routes.size());
    }

    @Test
    void navigationAndRecordTabsClaimingThePlatformAreIgnoredFromOtherBundles() {
        PlatformServices services = new PlatformServices();
        org.safeguard.platform.api.web.NavigationEntry entry = new org.safeguard.platform.api.web.NavigationEntry() {
            public String moduleId() { return "platform"; }
            public String label() { return "Modules"; }
            public String href() { return "/modules"; }
            public int order() { return 900; }
            public String permission() { return null; }
        };
        assertFalse(services.addNavigation(entry, "safeguard-team-notices"));
        assertTrue(services.navigation.isEmpty());
        assertTrue(services.addNavigation(entry, "safeguard-platform-modules"));

        RecordTabsService tabs = new RecordTabsService();
        org.safeguard.platform.api.web.RecordTab tab = new org.safeguard.platform.api.web.RecordTab() {
            public String moduleId() { return "platform"; }
            public String recordType() { return "child"; }
            public String label() { return "Summary"; }
            public int order() { return 1; }
            public String permission() { return null; }
            public String href(String recordId) { return "/children/" + recordId; }
        };
        assertFalse(tabs.addTab(tab, "safeguard-team-notices"));
        assertTrue(tabs.tabs("child", "1", Fixtures.SOCIAL_WORKER).isEmpty());
        assertTrue(tabs.addTab(tab, "safeguard-platform-children"));
        assertEquals(1, tabs.tabs("child", "1", Fixtures.SOCIAL_WORKER).size());
    }
}
