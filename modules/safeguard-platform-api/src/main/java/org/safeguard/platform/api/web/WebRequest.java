package org.safeguard.platform.api.web;

import java.util.List;
import java.util.Optional;

import org.safeguard.platform.api.security.CurrentUser;

/** A request as a module sees it: already authenticated, permission- and CSRF-checked. */
public interface WebRequest {

    HttpMethod method();

    String path();

    /** A {@code {name}} segment of the route's path. */
    String pathParam(String name);

    Optional<String> query(String name);

    /** A form field, trimmed; empty when absent or blank. */
    Optional<String> form(String name);

    /** Every value of a repeated form field (checkboxes). */
    List<String> formValues(String name);

    CurrentUser user();

    String remoteAddress();

    /** The token a form must send back as {@code _csrf}; also in every page model as {@code csrfToken}. */
    String csrfToken();
}
