package org.safeguard.platform.identity.security;

import java.time.Duration;
import java.time.Instant;

/** A session ends after 30 idle minutes, and after 10 hours however busy it is. */
public final class SessionLifetime {

    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE = Duration.ofHours(10);

    private SessionLifetime() {
    }

    /** The expiry of a session created at {@code createdAt} and last used at {@code seenAt}. */
    public static Instant expiry(Instant createdAt, Instant seenAt) {
        Instant idle = seenAt.plus(IDLE);
        Instant absolute = createdAt.plus(ABSOLUTE);
        return idle.isBefore(absolute) ? idle : absolute;
    }

    public static boolean expired(Instant expiresAt, Instant now) {
        return !now.isBefore(expiresAt);
    }
}
