package org.safeguard.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.WebRequest;

/** The module-facing view of a request that has passed sign-in, enablement, permission and CSRF checks. */
final class HostRequest implements WebRequest {

    private final IncomingRequest request;
    private final Map<String, String> pathParams;
    private final SignedIn visitor;

    HostRequest(IncomingRequest request, Map<String, String> pathParams, SignedIn visitor) {
        this.request = request;
        this.pathParams = Map.copyOf(pathParams);
        this.visitor = visitor;
    }

    @Override
    public HttpMethod method() {
        return request.method();
    }

    @Override
    public String path() {
        return request.path();
    }

    @Override
    public String pathParam(String name) {
        return pathParams.get(name);
    }

    @Override
    public Optional<String> query(String name) {
        return first(request.query(), name);
    }

    @Override
    public Optional<String> form(String name) {
        return first(request.form(), name);
    }

    @Override
    public List<String> formValues(String name) {
        return request.form().getOrDefault(name, List.of()).stream()
                .map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    @Override
    public CurrentUser user() {
        return visitor.user();
    }

    @Override
    public String remoteAddress() {
        return request.remoteAddress();
    }

    @Override
    public String csrfToken() {
        return visitor.csrfToken();
    }

    /** For the platform's own pages that act on the session itself (changing district). */
    String sessionToken() {
        return visitor.sessionToken();
    }

    private static Optional<String> first(Map<String, List<String>> fields, String name) {
        return fields.getOrDefault(name, List.of()).stream()
                .map(String::trim).filter(v -> !v.isEmpty()).findFirst();
    }
}
