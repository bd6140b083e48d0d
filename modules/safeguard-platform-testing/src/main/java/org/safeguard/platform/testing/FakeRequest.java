package org.safeguard.platform.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.WebRequest;

/**
 * A request as the web host hands it to a route handler: signed in, permission and CSRF already
 * checked. Form values are trimmed and blanks dropped, as the host does.
 * <pre>{@code FakeRequest.post(user, "/cases/5/notes").pathParam("caseId", "5").form("body", "Seen alone")}</pre>
 */
public final class FakeRequest implements WebRequest {

    public static final String CSRF_TOKEN = "token-123";

    private final HttpMethod method;
    private final CurrentUser user;
    private final String path;
    private final Map<String, String> pathParams = new HashMap<>();
    private final Map<String, String> query = new HashMap<>();
    private final Map<String, List<String>> form = new LinkedHashMap<>();

    private FakeRequest(HttpMethod method, CurrentUser user, String path) {
        this.method = method;
        this.user = user;
        this.path = path;
    }

    public static FakeRequest get(CurrentUser user, String path) {
        return new FakeRequest(HttpMethod.GET, user, path);
    }

    public static FakeRequest post(CurrentUser user, String path) {
        return new FakeRequest(HttpMethod.POST, user, path);
    }

    public FakeRequest pathParam(String name, Object value) {
        pathParams.put(name, String.valueOf(value));
        return this;
    }

    public FakeRequest query(String name, Object value) {
        query.put(name, String.valueOf(value));
        return this;
    }

    /** Adds a value; call again with the same name for a repeated field (checkboxes). */
    public FakeRequest form(String name, Object value) {
        form.computeIfAbsent(name, n -> new ArrayList<>()).add(String.valueOf(value));
        return this;
    }

    /** A GOV.UK date input's three boxes as typed. */
    public FakeRequest date(String name, String day, String month, String year) {
        return form(name + "Day", day).form(name + "Month", month).form(name + "Year", year);
    }

    public FakeRequest date(String name, LocalDate date) {
        return date(name, String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    @Override public HttpMethod method() { return method; }
    @Override public String path() { return path; }
    @Override public String pathParam(String name) { return pathParams.get(name); }
    @Override public Optional<String> query(String name) { return Optional.ofNullable(query.get(name)); }

    @Override
    public Optional<String> form(String name) {
        List<String> values = form.get(name);
        return values == null ? Optional.empty()
                : Optional.of(values.get(0).strip()).filter(v -> !v.isEmpty());
    }

    @Override
    public List<String> formValues(String name) {
        return form.getOrDefault(name, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    @Override public CurrentUser user() { return user; }
    @Override public String remoteAddress() { return "192.0.2.10"; }
    @Override public String csrfToken() { return CSRF_TOKEN; }
}
