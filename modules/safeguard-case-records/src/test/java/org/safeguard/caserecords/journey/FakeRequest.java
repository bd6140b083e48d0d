package org.safeguard.caserecords.journey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.WebRequest;

/** A request as the web host hands it to a route handler: signed in, permission and CSRF already checked. */
final class FakeRequest implements WebRequest {

    private final HttpMethod method;
    private final CurrentUser user;
    private final Map<String, String> path = new HashMap<>();
    private final Map<String, String> query = new HashMap<>();
    private final Map<String, String> form = new HashMap<>();

    private FakeRequest(HttpMethod method, CurrentUser user, String caseId) {
        this.method = method;
        this.user = user;
        path.put("caseId", caseId);
    }

    static FakeRequest get(CurrentUser user, Object caseId) {
        return new FakeRequest(HttpMethod.GET, user, String.valueOf(caseId));
    }

    static FakeRequest post(CurrentUser user, Object caseId) {
        return new FakeRequest(HttpMethod.POST, user, String.valueOf(caseId));
    }

    FakeRequest form(String name, Object value) {
        form.put(name, String.valueOf(value));
        return this;
    }

    /** A GOV.UK date input's three boxes. */
    FakeRequest date(String name, String day, String month, String year) {
        return form(name + "Day", day).form(name + "Month", month).form(name + "Year", year);
    }

    FakeRequest date(String name, java.time.LocalDate date) {
        return date(name, String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    FakeRequest query(String name, String value) {
        query.put(name, value);
        return this;
    }

    @Override public HttpMethod method() { return method; }
    @Override public String path() { return "/cases/" + path.get("caseId"); }
    @Override public String pathParam(String name) { return path.get(name); }
    @Override public Optional<String> query(String name) { return Optional.ofNullable(query.get(name)); }

    @Override
    public Optional<String> form(String name) {
        return Optional.ofNullable(form.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    @Override
    public List<String> formValues(String name) {
        return form.containsKey(name) ? List.of(form.get(name)) : List.of();
    }

    @Override public CurrentUser user() { return user; }
    @Override public String remoteAddress() { return "192.0.2.10"; }
    @Override public String csrfToken() { return "token-123"; }
}
