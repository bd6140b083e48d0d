package org.safeguard.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;

/** The real Javalin and Jetty on a free port, without OSGi and without an identity service. */
class WebServerTest {

    private final PlatformServices services = new PlatformServices();
    private final WebServer server = new WebServer();
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        WebSettings settings = new WebSettings("127.0.0.1", 0, false, false);
        PlatformPages platformPages = new PlatformPages(services);
        services.addRoutes(Fixtures.contribution("notices",
                Route.get("/boom", null, r -> PageResult.page("testmodule/notice", "x", Map.of()))), "safeguard-notices");
        Dispatcher dispatcher = new Dispatcher(() -> services.routesWith(platformPages), services, services);
        server.start(settings, new HttpFront(services, dispatcher,
                new PageRenderer(new TemplateOrigin.ClassOrigin(PageRenderer.class)),
                new Assets(WebServerTest.class.getClassLoader()), new HealthReport(services, null), settings));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAnswersWithoutSignIn() throws Exception {
        HttpResponse<String> response = get("/health");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("{\"status\":\"UP\",\"modules\":[]"), response.body());
    }

    @Test
    void assetsAreCachedPagesAreNot() throws Exception {
        HttpResponse<String> css = get("/assets/govuk-frontend.min.css");
        assertEquals(200, css.statusCode());
        assertEquals("public, max-age=86400", css.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertEquals(404, get("/assets/..%2F..%2Ftemplates%2Flayout.hbs").statusCode());
    }

    @Test
    void missingPageIsStyledAndCarriesSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/no/such/page");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"));
        assertTrue(response.body().contains("govuk-template"));
        assertEquals(SecurityHeaders.CSP, response.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void otherMethodsGetTheStyledPageToo() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/notices")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"));
        assertEquals(SecurityHeaders.CSP, response.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    void signInSaysItIsNotAvailableWithoutIdentity() throws Exception {
        HttpResponse<String> response = get("/login");
        assertEquals(503, response.statusCode());
        assertTrue(response.body().contains("Sign-in is not available yet"));
    }

    @Test
    void modulePageNeedsSignIn() throws Exception {
        HttpResponse<String> response = get("/boom");
        assertEquals(302, response.statusCode());
        assertEquals("/login?next=%2Fboom", response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void oversizedFormIsRefused() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/notices"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("a=" + "x".repeat(1_100_000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("too large"));
    }
}
