package org.safeguard.platform.identity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class UnknownUsernameFailuresTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));

    @Test
    void theFifthFailureLocksTheNameForFifteenMinutes() {
        UnknownUsernameFailures failures = new UnknownUsernameFailures(clock, 100);
        for (int i = 1; i < 5; i++) {
            assertFalse(failures.recordFailure("nobody"));
        }
        assertTrue(failures.recordFailure("nobody"));
        assertTrue(failures.isLocked("nobody"));
        clock.advance(Duration.ofMinutes(15));
        assertFalse(failures.isLocked("nobody"));
        assertFalse(failures.recordFailure("nobody"), "counts afresh");
    }

    @Test
    void failuresSpreadOverMoreThanTheLockWindowAreForgotten() {
        UnknownUsernameFailures failures = new UnknownUsernameFailures(clock, 100);
        for (int i = 1; i < 5; i++) {
            failures.recordFailure("slow.guesser");
        }
        clock.advance(Duration.ofMinutes(16));
        assertFalse(failures.recordFailure("slow.guesser"));
    }

    @Test
    void aFloodOfMadeUpNamesForgetsTheQuietestAndStaysBounded() {
        UnknownUsernameFailures failures = new UnknownUsernameFailures(clock, 3);
        for (int i = 0; i < 5; i++) {
            failures.recordFailure("target");
        }
        failures.recordFailure("a");
        failures.recordFailure("b");
        failures.recordFailure("c");
        assertEquals(3, failures.size());
        assertFalse(failures.isLocked("target"), "the oldest entry went first");
    }
}
