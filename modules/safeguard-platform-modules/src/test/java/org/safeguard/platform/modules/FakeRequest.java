package org.safeguard.platform.modules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.WebRequest;

final class FakeRequest implements WebRequest {

    private final HttpMethod method;
    private final CurrentUser user;
    final Map<String, String> pathParams = new HashMap<>();
    final Map<String, String> query = new HashMap<>();
    final Map<String, List<String>> form = new HashMap<>();

    FakeRequest(HttpMethod method, CurrentUser user) {
        this.method = method;
        this.user = user;
    }

    FakeRequest path(String name, String value) {
        pathParams.put(name, value);
        return this;
    }

    FakeRequest query(String name, String value) {
        query.put(name, value);
        return this;
    }

    FakeRequest form(String name, String... values) {
        form.put(name, List.of(values));
        return this;
    }

    @Override
    public HttpMethod method() {
        return method;
    }

    @Override
    public String path() {
        return "/admin/modules";
    }

    @Override
    public String pathParam(String name) {
        return pathParams.get(name);
    }

    @Override
    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    @Override
    public Optional<String> form(String name) {
        return form.getOrDefault(name, List.of()).stream().findFirst().map(String::trim).filter(s -> !s.isEmpty());
    }

    @Override
    public List<String> formValues(String name) {
        return form.getOrDefault(name, List.of());
    }

    @Override
    public CurrentUser user() {
        return user;
    }

    @Override
    public String remoteAddress() {
        return "10.0.0.9";
    }

    @Override
    public String csrfToken() {
        return "token";
    }
}
