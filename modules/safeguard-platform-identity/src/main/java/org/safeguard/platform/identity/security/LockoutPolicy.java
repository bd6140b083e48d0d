package org.safeguard.platform.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed attempts in a row the account is
 * locked for {@link #LOCK_DURATION}, and while locked even the right password does not sign in.
 */
public final class LockoutPolicy {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final Clock clock;

    public LockoutPolicy(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(Instant lockedUntil) {
        return lockedUntil != null && clock.instant().isBefore(lockedUntil);
    }

    /**
     * When the account's failures, counted with this one, reach the limit: the end of the lock to
     * set, or null when no new lock starts (too few failures, or already locked).
     */
    public Instant lockAfter(int failedAttempts, Instant lockedUntil) {
        if (lockedUntil != null || failedAttempts < MAX_FAILURES) {
            return null;
        }
        return clock.instant().plus(LOCK_DURATION);
    }

    public Instant now() {
        return clock.instant();
    }
}
