package org.safeguard.itests;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Someone using the pages over plain HTTP: keeps cookies, sends the CSRF token forms carry. */
public final class WebUser {

    /** Documented demo password of the demo county (README); exists only there. */
    public static final String DEMO_PASSWORD = "demo-county-2026";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final Distribution distribution;
    private final HttpClient client;
    private String csrfToken;

    public record Page(int status, String body, HttpResponse<String> response) {
        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String path() {
            return response.uri().getPath();
        }
    }

    private WebUser(Distribution distribution) {
        this.distribution = distribution;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static WebUser anonymous(Distribution distribution) {
        return new WebUser(distribution);
    }

    public static WebUser signIn(Distribution distribution, String username) {
        WebUser user = new WebUser(distribution);
        Page page = user.login(username, DEMO_PASSWORD);
        if (page.status() != 200 || page.path().equals("/login")) {
            throw new IllegalStateException("could not sign in as " + username + ": " + page.status() + "\n" + page.body());
        }
        return user;
    }

    public Page login(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Posts a form with the CSRF token of the last page seen (fetching the home page if none yet). */
    public Page post(String path, Map<String, String> fields) {
        if (csrfToken == null) {
            get("/");
        }
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("_csrf", csrfToken == null ? "" : csrfToken);
        return postRaw(path, withToken);
    }

    /** Posts exactly these fields: for tests of a missing or wrong CSRF token. */
    public Page postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrfToken = m.group(1);
            }
            return new Page(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(distribution.baseUrl() + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
