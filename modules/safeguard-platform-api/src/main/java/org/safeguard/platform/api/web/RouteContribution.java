package org.safeguard.platform.api.web;

import java.util.List;

/**
 * Whiteboard service: a module's pages. The web host resolves each request against the live
 * set of these, so routes appear and vanish with their bundle. Templates named by the module's
 * {@link PageResult.Page} results are loaded from the bundle that registered this service, under
 * {@code templates/}.
 */
public interface RouteContribution {

    /** The module whose enablement gates these routes ({@code platform} for platform pages). */
    String moduleId();

    List<Route> routes();
}
