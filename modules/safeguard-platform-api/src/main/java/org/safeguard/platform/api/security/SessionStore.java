package org.safeguard.platform.api.security;

import java.util.Optional;

/**
 * Signed-in sessions, kept in the database so they survive a restart or a move to another node.
 * Implemented by the platform's identity bundle and used by the web host.
 */
public interface SessionStore {

    /** @param token opaque cookie value; @param csrfToken the token forms must send back */
    record Session(String token, long userId, String csrfToken, Long districtId) {}

    Session open(long userId);

    /** The live session for a cookie value; expired or unknown ones are empty. Extends its life. */
    Optional<Session> find(String token);

    void close(String token);

    /**
     * Sets the district the user works in for the rest of this session (a user with roles in teams of
     * several districts chooses one on the home page). The caller has checked the user has a team there.
     *
     * @return the updated session; empty when the session is no longer live
     */
    Optional<Session> changeDistrict(String token, long districtId);
}
