package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * An authority administrator cannot give their own role a platform-wide power by adding a box to
 * the permissions form that the page showed disabled.
 */
class PermissionEscalationIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    /** The grant boxes as a browser sends them: ticked and not disabled. */
    private static final Pattern GRANT = Pattern.compile(
            "name=\"grant\" type=\"checkbox\" value=\"([^\"]+)\"( checked)?( disabled)?");
    private static final Pattern AUTHORITY = Pattern.compile("name=\"authority\" value=\"(\\d+)\"");
    private static final String UNINSTALL_FOR_ADMINISTRATORS = "platform.modules.uninstall|AUTHORITY_ADMINISTRATOR";

    private final Distribution d = Distribution.shared();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void aPostedPlatformWideGrantIsIgnoredForAnAuthorityAdministrator() {
        Modules.ensureInstalled(d, "team-notices");
        signIn("cambs.admin");

        HttpResponse<String> form = get("/admin/permissions");
        assertEquals(200, form.statusCode(), form.body());
        String page = form.body();
        assertTrue(page.contains("value=\"" + UNINSTALL_FOR_ADMINISTRATORS + "\" disabled"),
                "the page does not offer the platform-wide power");

        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"_csrf", find(CSRF, page)});
        fields.add(new String[] {"authority", find(AUTHORITY, page)});
        Matcher grant = GRANT.matcher(page);
        while (grant.find()) {
            if (grant.group(2) != null && grant.group(3) == null) {
                fields.add(new String[] {"grant", grant.group(1)});
            }
        }
        fields.add(new String[] {"grant", UNINSTALL_FOR_ADMINISTRATORS});

        HttpResponse<String> saved = post("/admin/permissions", fields);
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("Permissions saved"), saved.body());
        assertFalse(saved.body().contains("value=\"" + UNINSTALL_FOR_ADMINISTRATORS + "\" checked"));

        assertEquals(403, get("/admin/modules/team-notices/uninstall").statusCode());
    }

    private void signIn(String username) {
        String login = get("/login").body();
        HttpResponse<String> signedIn = post("/login", List.of(
                new String[] {"_csrf", find(CSRF, login)},
                new String[] {"username", username},
                new String[] {"password", WebUser.DEMO_PASSWORD}));
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        assertFalse(signedIn.uri().getPath().equals("/login"), "could not sign in as " + username);
    }

    private static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertTrue(m.find(), "no " + pattern + " in\n" + body);
        return m.group(1);
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(d.baseUrl() + path)).GET());
    }

    /** A form with repeated fields, as a browser sends a group of checkboxes. */
    private HttpResponse<String> post(String path, List<String[]> fields) {
        String body = fields.stream()
                .map(f -> enc(f[0]) + "=" + enc(f[1]))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(d.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
