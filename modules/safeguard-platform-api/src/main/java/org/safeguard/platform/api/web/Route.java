package org.safeguard.platform.api.web;

import java.util.Objects;

/**
 * One page or action of a module.
 *
 * @param path       absolute, with {@code {name}} for a path segment, e.g. {@code /notices/{id}}
 * @param permission the user must hold it, or gets 403; null means any signed-in user
 */
public record Route(HttpMethod method, String path, String permission, RouteHandler handler) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(handler, "handler");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("route path must start with /: " + path);
        }
    }

    public static Route get(String path, String permission, RouteHandler handler) {
        return new Route(HttpMethod.GET, path, permission, handler);
    }

    public static Route post(String path, String permission, RouteHandler handler) {
        return new Route(HttpMethod.POST, path, permission, handler);
    }
}
