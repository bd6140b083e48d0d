package org.safeguard.platform.web;

import java.util.List;
import java.util.Set;

import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;

final class Fixtures {

    static final CurrentUser SOCIAL_WORKER = new CurrentUser(7L, "fenland.sw", "Sam Worker", 1L,
            "Cambridgeshire County Council", 4L, "Fenland", Set.of(10L), Set.of(Role.SOCIAL_WORKER),
            Set.of("notices.read"));

    private Fixtures() {
    }

    static RouteContribution contribution(String moduleId, Route... routes) {
        List<Route> list = List.of(routes);
        return new RouteContribution() {
            @Override
            public String moduleId() {
                return moduleId;
            }

            @Override
            public List<Route> routes() {
                return list;
            }
        };
    }

    static IncomingRequest get(String path, String session) {
        return new IncomingRequest(HttpMethod.GET, path, null, java.util.Map.of(), java.util.Map.of(), session, "127.0.0.1");
    }

    static IncomingRequest post(String path, String session, java.util.Map<String, List<String>> form) {
        return new IncomingRequest(HttpMethod.POST, path, null, java.util.Map.of(), form, session, "127.0.0.1");
    }
}
