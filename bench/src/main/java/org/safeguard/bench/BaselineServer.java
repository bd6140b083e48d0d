package org.safeguard.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;

import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * The floor to compare the platform against: bare Javalin 7 + Handlebars rendering a page of the same
 * GOV.UK shape (content template wrapped in the layout), with the least a signed-in page needs — a
 * session cookie looked up in a map and a CSRF token in the page. No OSGi, no permissions, no module
 * enablement, no database, no audit: what the platform adds on top is the difference measured.
 */
final class BaselineServer implements AutoCloseable {

    static final String SIGN_IN_PATH = "/sign-in";
    private static final String SESSION_COOKIE = "baseline-session";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String WEBJAR = "META-INF/resources/webjars/govuk-frontend/" + webjarVersion() + "/dist/govuk/";

    private record Session(String csrfToken, Map<String, Object> user) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Template layout;
    private final Template home;
    private final Javalin app;

    private BaselineServer(int port) throws IOException {
        Handlebars handlebars = new Handlebars(new ClassPathTemplateLoader("/baseline", ".hbs"));
        handlebars.registerHelper("eq", (Helper<Object>) (a, options) -> Objects.equals(a, options.param(0, null)));
        layout = handlebars.compile("layout");
        home = handlebars.compile("home");
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.routes.before(BaselineServer::securityHeaders);
            config.routes.get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"UP\"}"));
            config.routes.get(SIGN_IN_PATH, this::signIn);
            config.routes.get("/", this::home);
            config.routes.get("/login", this::login);
            config.routes.get("/assets/*", BaselineServer::asset);
        }).start();
    }

    static BaselineServer start() {
        try {
            return new BaselineServer(freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For the baseline's own cold start, measured from a fresh JVM like the platform's: {@code BaselineServer <port>}. */
    public static void main(String[] args) throws Exception {
        new BaselineServer(Integer.parseInt(args[0]));
        Thread.currentThread().join();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
    }

    private void signIn(Context ctx) {
        String id = token();
        sessions.put(id, new Session(token(), Map.of(
                "displayName", "Sam Social Worker",
                "authorityName", "Cambridgeshire County Council",
                "districtName", "Fenland",
                "teamName", "Fenland Family Safeguarding team 1",
                "roles", List.of("Social worker", "Case holder"))));
        ctx.header("Set-Cookie", SESSION_COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Lax");
        ctx.redirect("/");
    }

    /** Like the platform's sign-in page for someone already signed in: straight on to the start page. */
    private void login(Context ctx) {
        String id = ctx.cookie(SESSION_COOKIE);
        ctx.redirect(id != null && sessions.containsKey(id) ? "/" : SIGN_IN_PATH);
    }

    /** GOV.UK Frontend's files from its webjar, read per request as the platform does from its bundle. */
    private static void asset(Context ctx) throws IOException {
        String name = ctx.path().substring("/assets/".length());
        if (!name.matches("[A-Za-z0-9._-]+\\.(css|js)") || name.contains("..")) {
            ctx.status(404);
            return;
        }
        try (InputStream in = BaselineServer.class.getClassLoader().getResourceAsStream(WEBJAR + name)) {
            if (in == null) {
                ctx.status(404);
                return;
            }
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.contentType(name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
            ctx.result(in.readAllBytes());
        }
    }

    private void home(Context ctx) throws IOException {
        String id = ctx.cookie(SESSION_COOKIE);
        Session session = id == null ? null : sessions.get(id);
        if (session == null) {
            ctx.redirect(SIGN_IN_PATH);
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Home");
        model.put("serviceName", "Safeguard baseline");
        model.put("user", session.user());
        model.put("csrfToken", session.csrfToken());
        model.put("currentPath", ctx.path());
        model.put("nav", List.of(
                Map.of("href", "/", "label", "Home"),
                Map.of("href", "/team-notices", "label", "Team notices"),
                Map.of("href", "/cases", "label", "Cases"),
                Map.of("href", "/organisation", "label", "Organisation")));
        model.put("content", home.apply(model));
        ctx.html(layout.apply(model));
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The webjar's version, from its own Maven metadata, so the version stays in the root pom only. */
    private static String webjarVersion() {
        try (InputStream in = BaselineServer.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "");
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
