package org.safeguard.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.security.Authentication;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.SessionStore;
import org.safeguard.platform.api.web.NavigationEntry;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;

/** Sign in, see the home page, post a form with and without the token, sign out: over real HTTP. */
class SignInFlowTest {

    private final PlatformServices services = new PlatformServices();
    private final WebServer server = new WebServer();
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, SessionStore.Session> sessions = new ConcurrentHashMap<>();
    private final List<AuditEvent> audited = new CopyOnWriteArrayList<>();
    private final List<String> posted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        services.sessionStore.set(new FakeSessions());
        services.authentication.set(new FakeAuthentication());
        services.auditLog.set(new FakeAudit());
        services.enablement.set(null);
        services.navigation.add(new NavigationEntry() {
            public String moduleId() { return "platform"; }
            public String label() { return "Audit log"; }
            public String href() { return "/audit"; }
            public int order() { return 900; }
            public String permission() { return null; }
        });
        services.addRoutes(Fixtures.contribution("platform",
                Route.post("/notes", null, request -> {
                    posted.add(request.form("text").orElse(""));
                    return PageResult.redirect("/");
                }),
                Route.get("/broken", null, request -> {
                    throw new IllegalStateException("database gone");
                })), "safeguard-platform-test");
        WebSettings settings = new WebSettings("127.0.0.1", 0, true, false);
        PlatformPages platformPages = new PlatformPages(services);
        server.start(settings, new HttpFront(services,
                new Dispatcher(() -> services.routesWith(platformPages), services, services),
                new PageRenderer(new TemplateOrigin.ClassOrigin(PageRenderer.class)),
                new Assets(SignInFlowTest.class.getClassLoader()), new HealthReport(services, null), settings));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void signInHomeFormAndSignOut() throws Exception {
        HttpResponse<String> form = send("GET", "/login?next=%2Fnotes%3Fx%3D1", null, null);
        assertEquals(200, form.statusCode());
        String loginCookie = cookie(form, Cookies.LOGIN_CSRF);
        String loginToken = hidden(form.body(), "_csrf");
        assertEquals(loginCookie, loginToken);
        assertTrue(form.headers().allValues("Set-Cookie").get(0).contains("HttpOnly; SameSite=Lax; Secure"));

        HttpResponse<String> empty = send("POST", "/login", Cookies.LOGIN_CSRF + "=" + loginCookie,
                Map.of("_csrf", loginToken, "username", " ", "password", ""));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("<a href=\"#username\">Enter your username</a>"));
        assertTrue(empty.body().contains("<a href=\"#password\">Enter your password</a>"));

        HttpResponse<String> wrong = send("POST", "/login", Cookies.LOGIN_CSRF + "=" + loginCookie,
                Map.of("_csrf", loginToken, "username", "fenland.sw", "password", "nope"));
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("Enter a correct username and password"));
        assertFalse(wrong.body().contains("nope"));

        HttpResponse<String> locked = send("POST", "/login", Cookies.LOGIN_CSRF + "=" + loginCookie,
                Map.of("_csrf", loginToken, "username", "locked", "password", "x"));
        assertTrue(locked.body().contains("This account is locked for 15 minutes after too many failed attempts"));

        HttpResponse<String> forged = send("POST", "/login", Cookies.LOGIN_CSRF + "=" + loginCookie,
                Map.of("_csrf", "forged", "username", "fenland.sw", "password", "demo-county-2026"));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains(Dispatcher.FORM_EXPIRED));

        HttpResponse<String> signedIn = send("POST", "/login", Cookies.LOGIN_CSRF + "=" + loginCookie,
                Map.of("_csrf", loginToken, "username", "fenland.sw", "password", "demo-county-2026",
                        "next", "/notes?x=1"));
        assertEquals(303, signedIn.statusCode());
        assertEquals("/notes?x=1", signedIn.headers().firstValue("Location").orElseThrow());
        String session = cookie(signedIn, Cookies.SESSION);

        HttpResponse<String> home = send("GET", "/", Cookies.SESSION + "=" + session, null);
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Your services"));
        assertTrue(home.body().contains("Sam Worker"));
        assertTrue(home.body().contains("Social worker"));
        assertTrue(home.body().contains("govuk-service-navigation"));
        assertTrue(home.body().contains("href=\"/audit\""));
        String csrf = hidden(home.body(), "_csrf");

        assertEquals(403, send("POST", "/notes", Cookies.SESSION + "=" + session, Map.of("text", "hi")).statusCode());
        assertTrue(posted.isEmpty());
        assertEquals(303, send("POST", "/notes", Cookies.SESSION + "=" + session,
                Map.of("_csrf", csrf, "text", "  hi  ")).statusCode());
        assertEquals(List.of("hi"), posted);

        HttpResponse<String> broken = send("GET", "/broken", Cookies.SESSION + "=" + session, null);
        assertEquals(500, broken.statusCode());
        assertTrue(broken.body().contains("Sorry, there is a problem with the service"));
        assertFalse(broken.body().contains("database gone"));

        HttpResponse<String> out = send("POST", "/logout", Cookies.SESSION + "=" + session, Map.of("_csrf", csrf));
        assertEquals(303, out.statusCode());
        assertTrue(sessions.isEmpty());
        assertEquals(302, send("GET", "/", Cookies.SESSION + "=" + session, null).statusCode());

        assertEquals(List.of("session.signin.failed", "session.signin.failed", "session.signin", "session.signout"),
                audited.stream().map(AuditEvent::action).toList());
        assertEquals("fenland.sw", audited.get(0).actorName());
        assertEquals("unknown username", audited.get(1).actorName(), "what was typed for no account is not kept");
        assertTrue(audited.stream().noneMatch(e -> String.valueOf(e.detail()).contains("nope")));
    }

    @Test
    void signingInAgainReplacesTheOldSession() throws Exception {
        HttpResponse<String> form = send("GET", "/login", null, null);
        String token = cookie(form, Cookies.LOGIN_CSRF);
        sessions.put("old", new SessionStore.Session("old", 7L, "c", null));
        HttpResponse<String> signedIn = send("POST", "/login",
                Cookies.LOGIN_CSRF + "=" + token + "; " + Cookies.SESSION + "=old",
                Map.of("_csrf", token, "username", "fenland.sw", "password", "demo-county-2026", "next", "https://evil"));
        assertEquals("/", signedIn.headers().firstValue("Location").orElseThrow());
        assertFalse(sessions.containsKey("old"));
        assertNotEquals("old", cookie(signedIn, Cookies.SESSION));
    }

    private HttpResponse<String> send(String method, String path, String cookies, Map<String, String> form)
            throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (cookies != null) {
            builder.header("Cookie", cookies);
        }
        if (form != null) {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            builder.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "=")).map(c -> c.substring(name.length() + 1, c.indexOf(';')))
                .findFirst().orElseThrow();
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "hidden field " + name);
        return m.group(1);
    }

    private final class FakeSessions implements SessionStore {
        public Session open(long userId) {
            Session s = new Session(Tokens.random(), userId, Tokens.random(), null);
            sessions.put(s.token(), s);
            return s;
        }

        public Optional<Session> find(String token) {
            return Optional.ofNullable(sessions.get(token));
        }

        public void close(String token) {
            sessions.remove(token);
        }

        public Optional<Session> changeDistrict(String token, long districtId) {
            return Optional.ofNullable(sessions.computeIfPresent(token,
                    (t, s) -> new Session(t, s.userId(), s.csrfToken(), districtId)));
        }
    }

    private static final class FakeAuthentication implements Authentication {
        public Result authenticate(String username, String password, String remoteAddress) {
            if ("locked".equals(username)) {
                return new Result(Outcome.LOCKED_OUT, null);
            }
            if (!"fenland.sw".equals(username)) {
                return new Result(Outcome.BAD_CREDENTIALS, null); // no such account
            }
            // like the identity bundle: a failure on a real account still names it
            return new Result("demo-county-2026".equals(password) ? Outcome.SIGNED_IN : Outcome.BAD_CREDENTIALS, 7L);
        }

        public CurrentUser currentUser(long userId, Long districtId) {
            return Fixtures.SOCIAL_WORKER;
        }
    }

    private final class FakeAudit implements AuditLog {
        public AuditEntry record(AuditEvent event) {
            audited.add(event);
            return null;
        }

        public List<AuditEntry> recent(Long authorityId, int offset, int limit) {
            return List.of();
        }

        public long count(Long authorityId) {
            return audited.size();
        }

        public AuditVerification verify() {
            return new AuditVerification(true, 0, null);
        }
    }
}
