package org.safeguard.corporateparenting;

import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/** Calls a contribution's handler through its route table, as the web host would (after its own checks). */
public final class Routes {

    private Routes() {
    }

    public static PageResult get(RouteContribution pages, String path, WebRequest request) {
        return call(pages, HttpMethod.GET, path, request);
    }

    public static PageResult post(RouteContribution pages, String path, WebRequest request) {
        return call(pages, HttpMethod.POST, path, request);
    }

    /** The route's permission, for tests of who may use it. */
    public static String permission(RouteContribution pages, HttpMethod method, String path) {
        return route(pages, method, path).permission();
    }

    private static PageResult call(RouteContribution pages, HttpMethod method, String path, WebRequest request) {
        try {
            return route(pages, method, path).handler().handle(request);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Route route(RouteContribution pages, HttpMethod method, String path) {
        return pages.routes().stream().filter(r -> r.method() == method && r.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no route " + method + " " + path));
    }
}
