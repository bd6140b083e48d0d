package org.safeguard.platform.web;

import java.util.Optional;

/** Finds who is behind a session cookie; empty for no cookie, an expired session or no identity service. */
@FunctionalInterface
interface Visitors {
    Optional<SignedIn> find(String sessionToken);
}
