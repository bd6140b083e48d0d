package org.safeguard.platform.web;

import java.util.List;
import java.util.Map;

/**
 * A request as the dispatcher needs it, free of Javalin so the decisions can be tested alone.
 *
 * @param method       null for a method no route can have (PUT, DELETE...)
 * @param sessionToken the session cookie, null when absent
 */
record IncomingRequest(org.safeguard.platform.api.web.HttpMethod method, String path, String queryString,
                       Map<String, List<String>> query, Map<String, List<String>> form,
                       String sessionToken, String remoteAddress) {

    IncomingRequest {
        query = Map.copyOf(query);
        form = Map.copyOf(form);
    }

    String pathAndQuery() {
        return queryString == null || queryString.isEmpty() ? path : path + "?" + queryString;
    }
}
