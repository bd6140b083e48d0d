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

    /** The account's counters after an attempt. */
    public record State(int failedAttempts, Instant lockedUntil) {}

    private final Clock clock;

    public LockoutPolicy(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(Instant lockedUntil) {
        return lockedUntil != null && clock.instant().isBefore(lockedUntil);
    }

    /** A wrong password on an account that is not locked now. */
    public State afterFailure(int failedAttempts, Instant lockedUntil) {
        // a lock that has run out starts a fresh count
        int previous = lockedUntil != null ? 0 : failedAttempts;
        int failures = previous + 1;
        if (failures >= MAX_FAILURES) {
            return new State(failures, clock.instant().plus(LOCK_DURATION));
        }
        return new State(failures, null);
    }

    public Instant now() {
        return clock.instant();
    }
}
