package org.safeguard.platform.api.web;

import java.util.Map;

/** What a route handler answers. The web host renders pages inside the shared layout. */
public sealed interface PageResult {

    /**
     * A Handlebars template from the module's bundle ({@code templates/<template>.hbs}) with its
     * model. The layout adds {@code user}, {@code navigation}, {@code csrfToken}.
     */
    record Page(String template, String title, Map<String, Object> model, int status) implements PageResult {}

    record Redirect(String location) implements PageResult {}

    record Json(String body, int status) implements PageResult {}

    /** One of the platform's styled error pages (400, 403, 404...). */
    record Error(int status, String message) implements PageResult {}

    static PageResult page(String template, String title, Map<String, Object> model) {
        return new Page(template, title, model, 200);
    }

    /** A form shown again with its errors: status 400 so nothing mistakes it for success. */
    static PageResult invalid(String template, String title, Map<String, Object> model) {
        return new Page(template, title, model, 400);
    }

    static PageResult redirect(String location) {
        return new Redirect(location);
    }

    static PageResult json(String body) {
        return new Json(body, 200);
    }

    static PageResult notFound() {
        return new Error(404, null);
    }

    static PageResult forbidden() {
        return new Error(403, null);
    }

    static PageResult badRequest(String message) {
        return new Error(400, message);
    }
}
