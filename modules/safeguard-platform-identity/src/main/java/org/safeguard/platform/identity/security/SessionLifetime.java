package org.safeguard.platform.identity.security;

import java.time.Duration;
import java.time.Instant;

/** A session ends after 30 idle minutes, and after 10 hours however busy it is. */
public final class SessionLifetime {

    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE = Duration.ofHours(10);

    /**
     * How stale the recorded last use may get before a request records it again. Against a
     * 30-minute idle window a minute is nothing, and it spares the database a write on every page
     * view (several nodes share one PostgreSQL).
     */
    public static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private SessionLifetime() {
    }

    /** The expiry of a session created at {@code createdAt} and last used at {@code seenAt}. */
    public static Instant expiry(Instant createdAt, Instant seenAt) {
        Instant idle = seenAt.plus(IDLE);
        Instant absolute = createdAt.plus(ABSOLUTE);
        return idle.isBefore(absolute) ? idle : absolute;
    }

    /** Whether a request at {@code now} should record the use and push the expiry on. */
    public static boolean dueForTouch(Instant lastSeenAt, Instant now) {
        return lastSeenAt == null || !now.isBefore(lastSeenAt.plus(TOUCH_INTERVAL));
    }

    public static boolean expired(Instant expiresAt, Instant now) {
        return !now.isBefore(expiresAt);
    }
}
