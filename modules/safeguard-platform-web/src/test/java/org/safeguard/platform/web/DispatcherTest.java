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

    private final List<RouteContribution> contributions = new CopyOnWriteArrayList<>();
    private final AtomicBoolean moduleEnabled = new AtomicBoolean(true);
    private final AtomicBoolean handlerCalled = new AtomicBoolean();
    private final AtomicReference<WebRequest> seen = new AtomicReference<>();

    private final Dispatcher dispatcher = new Dispatcher(() -> contributions,
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
}
