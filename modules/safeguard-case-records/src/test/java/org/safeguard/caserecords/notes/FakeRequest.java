package org.safeguard.caserecords.notes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.WebRequest;

/** A request as the host hands it to a handler: signed in, permission and CSRF already checked. */
final class FakeRequest implements WebRequest {

    private final HttpMethod method;
    private final CurrentUser user;
    private final Map<String, String> path = new HashMap<>();
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
        path.put(name, String.valueOf(value));
        return this;
    }

    FakeRequest query(String name, String value) {
        query.put(name, value);
        return this;
    }

    FakeRequest form(String name, String value) {
        form.put(name, value);
        return this;
    }

    /** A worker who records (not a manager): may edit only their own notes. */
    static CurrentUser worker(long userId, long authorityId, long teamId) {
        return new CurrentUser(userId, "user" + userId, "Worker " + userId, authorityId, "Authority", null, null,
                Set.of(teamId), Set.of(Role.SOCIAL_WORKER), Set.of(CaseRecordsModule.READ, CaseRecordsModule.RECORD));
    }

    static CurrentUser manager(long userId, long authorityId, long teamId) {
        return new CurrentUser(userId, "user" + userId, "Manager " + userId, authorityId, "Authority", null, null,
                Set.of(teamId), Set.of(Role.TEAM_MANAGER),
                Set.of(CaseRecordsModule.READ, CaseRecordsModule.RECORD, CaseRecordsModule.SIGN_OFF));
    }

    @Override public HttpMethod method() { return method; }
    @Override public String path() { return "/test"; }
    @Override public String pathParam(String name) { return path.get(name); }
    @Override public Optional<String> query(String name) { return Optional.ofNullable(query.get(name)); }

    @Override
    public Optional<String> form(String name) {
        return Optional.ofNullable(form.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    @Override
    public List<String> formValues(String name) {
        return form(name).map(List::of).orElse(List.of());
    }

    @Override public CurrentUser user() { return user; }
    @Override public String remoteAddress() { return "192.0.2.1"; }
    @Override public String csrfToken() { return "token-123"; }
}
