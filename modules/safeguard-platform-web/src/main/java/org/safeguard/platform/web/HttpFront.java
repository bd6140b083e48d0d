package org.safeguard.platform.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.security.Authentication;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.SessionStore;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.PageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.http.Context;

/**
 * Turns Javalin requests into dispatcher calls and results into responses: the only class besides
 * {@link WebServer} that knows Javalin. Also serves sign-in, sign-out, health and assets, which
 * must work for someone who is not signed in.
 */
final class HttpFront {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFront.class);
    static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final String RENDERED = "safeguard.rendered";
    private static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

    private final PlatformServices services;
    private final Dispatcher dispatcher;
    private final PageRenderer renderer;
    private final Assets assets;
    private final HealthReport health;
    private final WebSettings settings;
    private final ProxyTrust proxies;

    HttpFront(PlatformServices services, Dispatcher dispatcher, PageRenderer renderer, Assets assets,
              HealthReport health, WebSettings settings) {
        this.services = services;
        this.dispatcher = dispatcher;
        this.renderer = renderer;
        this.assets = assets;
        this.health = health;
        this.settings = settings;
        this.proxies = new ProxyTrust(settings.trustedProxies());
    }

    /** The browser's address: behind a trusted proxy, from X-Forwarded-For rather than the proxy's own. */
    private String clientAddress(Context ctx) {
        return proxies.clientAddress(ctx.ip(), ctx.header("X-Forwarded-For"));
    }

    /** Secure cookies when configured so, or when a trusted proxy says the browser used HTTPS. */
    private boolean cookieSecure(Context ctx) {
        return settings.cookieSecure() || proxies.forwardedSecure(ctx.ip(), ctx.header("X-Forwarded-Proto"));
    }

    void secure(Context ctx) {
        SecurityHeaders.ALWAYS.forEach(ctx::header);
        ctx.header("Cache-Control", SecurityHeaders.PAGE_CACHE);
    }

    void asset(Context ctx) throws Exception {
        String relative = ctx.path().substring("/assets/".length());
        var found = assets.find(relative);
        if (found.isEmpty()) {
            error(ctx, 404, null, null);
            return;
        }
        ctx.header("Cache-Control", SecurityHeaders.ASSET_CACHE);
        ctx.contentType(found.get().contentType());
        try (InputStream in = found.get().url().openStream()) {
            ctx.result(in.readAllBytes());
        }
        ctx.attribute(RENDERED, true);
    }

    void health(Context ctx) throws Exception {
        ctx.contentType("application/json");
        ctx.result(health.json());
        ctx.attribute(RENDERED, true);
    }

    void loginForm(Context ctx) throws Exception {
        if (!services.signInAvailable()) {
            error(ctx, 503, null, null);
            return;
        }
        if (services.find(ctx.cookie(Cookies.SESSION)).isPresent()) {
            redirect(ctx, NextUrl.sanitise(ctx.queryParam("next")), false);
            return;
        }
        String token = ctx.cookie(Cookies.LOGIN_CSRF);
        if (token == null || token.length() < 32) {
            token = Tokens.random();
        }
        ctx.res().addHeader("Set-Cookie", Cookies.set(Cookies.LOGIN_CSRF, token, "/login", cookieSecure(ctx)));
        renderLogin(ctx, 200, token, "", NextUrl.sanitise(ctx.queryParam("next")), new FormErrors());
    }

    void login(Context ctx) throws Exception {
        Authentication auth = services.authentication.get();
        SessionStore store = services.sessionStore.get();
        if (auth == null || store == null) {
            error(ctx, 503, null, null);
            return;
        }
        Map<String, List<String>> form = form(ctx);
        String cookieToken = ctx.cookie(Cookies.LOGIN_CSRF);
        if (!Tokens.same(cookieToken, first(form, Dispatcher.CSRF_FIELD))) {
            error(ctx, 403, Dispatcher.FORM_EXPIRED, null);
            return;
        }
        String username = first(form, "username").trim().toLowerCase(Locale.ROOT);
        String password = first(form, "password");
        String next = NextUrl.sanitise(first(form, "next"));
        FormErrors errors = new FormErrors();
        if (username.isEmpty()) {
            errors.add("username", "Enter your username");
        }
        if (password.isBlank()) {
            errors.add("password", "Enter your password");
        }
        if (!errors.isEmpty()) {
            renderLogin(ctx, 400, cookieToken, username, next, errors);
            return;
        }
        Authentication.Result result = auth.authenticate(username, password, clientAddress(ctx));
        if (!result.succeeded()) {
            boolean locked = result.outcome() == Authentication.Outcome.LOCKED_OUT;
            // what was typed for an unknown account is sometimes a password in the wrong box: never keep it
            String actor = result.userId() == null ? "unknown username" : username;
            services.audit(new AuditEvent(result.userId(), actor, null, "session.signin.failed", "session", null,
                    locked ? "account locked" : "wrong username or password", clientAddress(ctx)));
            errors.add("username", locked ? "This account is locked for 15 minutes after too many failed attempts"
                    : "Enter a correct username and password");
            renderLogin(ctx, 400, cookieToken, username, next, errors);
            return;
        }
        String previous = ctx.cookie(Cookies.SESSION);
        if (previous != null && !previous.isEmpty()) {
            store.close(previous);
        }
        SessionStore.Session session = store.open(result.userId());
        CurrentUser user = auth.currentUser(result.userId(), session.districtId());
        services.audit(new AuditEvent(user.userId(), user.username(), user.authorityId(),
                "session.signin", "session", null, null, clientAddress(ctx)));
        ctx.res().addHeader("Set-Cookie", Cookies.set(Cookies.SESSION, session.token(), "/", cookieSecure(ctx)));
        ctx.res().addHeader("Set-Cookie", Cookies.clear(Cookies.LOGIN_CSRF, "/login", cookieSecure(ctx)));
        redirect(ctx, next, true);
    }

    void logout(Context ctx) throws Exception {
        SessionStore store = services.sessionStore.get();
        var visitor = services.find(ctx.cookie(Cookies.SESSION));
        if (store == null || visitor.isEmpty()) {
            redirect(ctx, "/login", true);
            return;
        }
        if (!Tokens.same(visitor.get().csrfToken(), first(form(ctx), Dispatcher.CSRF_FIELD))) {
            error(ctx, 403, Dispatcher.FORM_EXPIRED, visitor.get());
            return;
        }
        store.close(visitor.get().sessionToken());
        CurrentUser user = visitor.get().user();
        services.audit(new AuditEvent(user.userId(), user.username(), user.authorityId(),
                "session.signout", "session", null, null, clientAddress(ctx)));
        ctx.res().addHeader("Set-Cookie", Cookies.clear(Cookies.SESSION, "/", cookieSecure(ctx)));
        redirect(ctx, "/login", true);
    }

    /** Every other GET and POST: resolved against the live route contributions. */
    void dispatch(Context ctx) {
        SignedIn visitor = null;
        try {
            HttpMethod method = method(ctx);
            if (method == HttpMethod.POST && tooLarge(ctx)) {
                error(ctx, 413, null, null);
                return;
            }
            Map<String, List<String>> form = method == HttpMethod.POST ? form(ctx) : Map.of();
            IncomingRequest request = new IncomingRequest(method, ctx.path(), ctx.queryString(),
                    FormBody.parse(ctx.queryString()), form, ctx.cookie(Cookies.SESSION), clientAddress(ctx));
            Dispatch dispatch = dispatcher.dispatch(request);
            visitor = dispatch.visitor();
            respond(ctx, dispatch, method);
        } catch (Exception e) {
            incident(ctx, e, visitor);
        }
    }

    /** Javalin's own answers (no route for the method, body too large) get the styled pages too. */
    void javalinError(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(RENDERED))) {
            return;
        }
        try {
            error(ctx, ctx.statusCode(), null, null);
        } catch (Exception e) {
            LOG.error("Could not render the {} page", ctx.statusCode(), e);
        }
    }

    void incident(Context ctx, Exception e, SignedIn visitor) {
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        LOG.error("Incident {}: {} {} failed", reference, ctx.method(), ctx.path(), e);
        try {
            error(ctx, 500, null, visitor, reference);
        } catch (Exception again) {
            LOG.error("Incident {}: the error page failed too", reference, again);
            ctx.status(500).contentType("text/plain; charset=utf-8")
                    .result("Sorry, there is a problem with the service. Reference: " + reference);
        }
    }

    private void respond(Context ctx, Dispatch dispatch, HttpMethod method) throws Exception {
        PageResult result = dispatch.result();
        if (result instanceof PageResult.Page page) {
            TemplateOrigin origin = dispatch.source() == null ? null : TemplateOrigin.of(dispatch.source().getClass());
            String html = origin == null
                    ? renderer.platformPage(page.template(), page.title(), page.model(), layout(ctx, dispatch.visitor()))
                    : renderer.page(origin, page.template(), page.title(), page.model(), layout(ctx, dispatch.visitor()));
            html(ctx, page.status(), html);
        } else if (result instanceof PageResult.Redirect redirect) {
            redirect(ctx, redirect.location(), method == HttpMethod.POST);
        } else if (result instanceof PageResult.Json json) {
            ctx.status(json.status()).contentType("application/json").result(json.body());
            ctx.attribute(RENDERED, true);
        } else if (result instanceof PageResult.Error error) {
            error(ctx, error.status(), error.message(), dispatch.visitor());
        } else {
            throw new IllegalStateException("handler returned no result for " + ctx.path());
        }
    }

    private void error(Context ctx, int status, String message, SignedIn visitor) throws Exception {
        error(ctx, status, message, visitor, null);
    }

    private void error(Context ctx, int status, String message, SignedIn visitor, String reference) throws Exception {
        ErrorPages.Wording wording = ErrorPages.wording(status);
        Map<String, Object> model = new HashMap<>();
        model.put("status", status);
        model.put("heading", status == 403 && message != null ? message : wording.title());
        model.put("message", status == 403 && message != null ? null : message != null ? message : wording.message());
        model.put("reference", reference);
        html(ctx, status, renderer.platformPage("error", wording.title(), model, layout(ctx, visitor)));
    }

    private void renderLogin(Context ctx, int status, String loginToken, String username, String next,
                             FormErrors errors) throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("username", username);
        model.put("next", next);
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        LayoutContext layout = new LayoutContext(CurrentUser.ANONYMOUS, loginToken, ctx.path(), List.of(),
                settings.demo());
        html(ctx, status, renderer.platformPage("login", status == 400 ? "Error: Sign in" : "Sign in", model, layout));
    }

    private LayoutContext layout(Context ctx, SignedIn visitor) {
        if (visitor == null) {
            return LayoutContext.anonymous(ctx.path(), settings.demo());
        }
        return new LayoutContext(visitor.user(), visitor.csrfToken(), ctx.path(),
                Navigation.visible(services.navigation, visitor.user(), services, ctx.path()), settings.demo());
    }

    private static void html(Context ctx, int status, String html) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(html);
        ctx.attribute(RENDERED, true);
    }

    /** After a POST, 303 so the browser fetches the next page with GET and a refresh does not resend the form. */
    private static void redirect(Context ctx, String location, boolean afterPost) {
        ctx.status(afterPost ? 303 : 302).header("Location", location);
        ctx.attribute(RENDERED, true);
    }

    private static HttpMethod method(Context ctx) {
        return switch (ctx.method().name()) {
            case "GET" -> HttpMethod.GET;
            case "POST" -> HttpMethod.POST;
            default -> null;
        };
    }

    private static boolean tooLarge(Context ctx) {
        return ctx.contentLength() > MAX_BODY_BYTES;
    }

    private static Map<String, List<String>> form(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(FORM_CONTENT_TYPE)) {
            return Map.of();
        }
        return FormBody.parse(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8));
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
