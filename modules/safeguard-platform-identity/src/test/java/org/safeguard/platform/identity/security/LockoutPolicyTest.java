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
        assertNull(policy.lockAfter(4, null));
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountForFifteenMinutes() {
        Instant lockedUntil = policy.lockAfter(5, null);

        assertEquals(Instant.parse("2026-11-25T09:15:00Z"), lockedUntil);
        assertTrue(policy.isLocked(lockedUntil));
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertTrue(policy.isLocked(lockedUntil));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(policy.isLocked(lockedUntil));
    }

    @Test
    void failuresRacingPastTheLimitDoNotExtendALockAlreadySet() {
        Instant lockedUntil = policy.lockAfter(5, null);
        clock.advance(Duration.ofMinutes(1));
        assertNull(policy.lockAfter(6, lockedUntil));
    }
}
