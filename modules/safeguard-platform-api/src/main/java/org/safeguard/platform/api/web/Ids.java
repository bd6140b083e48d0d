package org.safeguard.platform.api.web;

import java.util.Optional;


/** Record ids from paths and forms: anything that is not a positive number is simply "not found". */
public final class Ids {

    private Ids() {
    }

    public static Optional<Long> parse(String raw) {
        if (raw == null || !raw.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(raw);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }

    public static Optional<Long> path(WebRequest request, String name) {
        return parse(request.pathParam(name));
    }

    public static Optional<Long> form(WebRequest request, String name) {
        return request.form(name).flatMap(Ids::parse);
    }
}
