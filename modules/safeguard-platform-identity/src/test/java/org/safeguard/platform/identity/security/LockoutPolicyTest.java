package org.safeguard.platform.identity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
    private final LockoutPolicy policy = new LockoutPolicy(clock);

    @Test
    void fourWrongPasswordsDoNotLockTheAccount() {
        LockoutPolicy.State state = new LockoutPolicy.State(0, null);
        for (int i = 0; i < 4; i++) {
            state = policy.afterFailure(state.failedAttempts(), state.lockedUntil());
        }
        assertEquals(4, state.failedAttempts());
        assertNull(state.lockedUntil());
        assertFalse(policy.isLocked(state.lockedUntil()));
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountForFifteenMinutes() {
        LockoutPolicy.State state = new LockoutPolicy.State(4, null);
        state = policy.afterFailure(state.failedAttempts(), state.lockedUntil());

        assertEquals(Instant.parse("2026-11-25T09:15:00Z"), state.lockedUntil());
        assertTrue(policy.isLocked(state.lockedUntil()));
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertTrue(policy.isLocked(state.lockedUntil()));
    }

    @Test
    void afterFifteenMinutesTheAccountIsUnlockedAndCountsAfresh() {
        LockoutPolicy.State locked = policy.afterFailure(4, null);
        clock.advance(Duration.ofMinutes(15));

        assertFalse(policy.isLocked(locked.lockedUntil()));
        LockoutPolicy.State next = policy.afterFailure(locked.failedAttempts(), locked.lockedUntil());
        assertEquals(1, next.failedAttempts());
        assertNull(next.lockedUntil());
    }
}
