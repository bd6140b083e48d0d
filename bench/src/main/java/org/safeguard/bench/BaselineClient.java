package org.safeguard.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The baseline's user agent. It does per request what the integration tests' WebUser does against the
 * platform — same HttpClient settings, body read as a string, the page scanned for a CSRF token — so the
 * load generator costs the same on both sides and the comparison is of the servers.
 */
final class BaselineClient implements LoadGenerator.Client {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String csrfToken;
    private int lastBodyLength;

    private BaselineClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static BaselineClient signIn(String baseUrl) throws IOException {
        BaselineClient c = new BaselineClient(baseUrl);
        int status = c.get(BaselineServer.SIGN_IN_PATH);
        if (status != 200 || c.csrfToken == null) {
            throw new IOException("baseline sign-in failed: " + status);
        }
        return c;
    }

    int lastBodyLength() {
        return lastBodyLength;
    }

    @Override
    public int get(String path) throws IOException {
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
            lastBodyLength = r.body().length();
            var m = CSRF.matcher(r.body());
            if (m.find()) {
                csrfToken = m.group(1);
            }
            return r.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
