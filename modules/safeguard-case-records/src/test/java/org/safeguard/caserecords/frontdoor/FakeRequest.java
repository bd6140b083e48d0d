package org.safeguard.caserecords.frontdoor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.WebRequest;

/** A request as the web host hands it over: signed in, permission and CSRF already checked. */
final class FakeRequest implements WebRequest {

    private final HttpMethod method;
    private final CurrentUser user;
    private final Map<String, String> pathParams = new HashMap<>();
    private final Map<String, String> query = new HashMap<>();
    private final Map<String, String> form = new HashMap<>();

    private FakeRequest(HttpMethod method, CurrentUser user) {
        this.method = method;
        this.user = user;
    }

    static FakeRequest get(CurrentUser user) {
        return new FakeRequest(HttpMethod.GET, user);
    }

    static FakeRequest post(CurrentUser user) {
        return new FakeRequest(HttpMethod.POST, user);
    }

    FakeRequest path(String name, Object value) {
        pathParams.put(name, String.valueOf(value));
        return this;
    }

    FakeRequest query(String name, Object value) {
        query.put(name, String.valueOf(value));
        return this;
    }

    FakeRequest form(String name, Object value) {
        form.put(name, String.valueOf(value));
        return this;
    }

    @Override public HttpMethod method() { return method; }
    @Override public String path() { return "/cases"; }
    @Override public String pathParam(String name) { return pathParams.get(name); }
    @Override public Optional<String> query(String name) { return Optional.ofNullable(query.get(name)); }

    @Override
    public Optional<String> form(String name) {
        return Optional.ofNullable(form.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    @Override public List<String> formValues(String name) { return form(name).map(List::of).orElse(List.of()); }
    @Override public CurrentUser user() { return user; }
    @Override public String remoteAddress() { return "192.0.2.1"; }
    @Override public String csrfToken() { return "token-123"; }
}
