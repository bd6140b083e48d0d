package org.safeguard.platform.identity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void anIdleSessionLastsThirtyMinutesFromItsLastUse() {
        assertEquals(Instant.parse("2026-11-25T08:30:00Z"), SessionLifetime.expiry(SIGNED_IN, SIGNED_IN));
        assertEquals(Instant.parse("2026-11-25T12:30:00Z"), SessionLifetime.expiry(SIGNED_IN, Instant.parse("2026-11-25T12:00:00Z")));
    }

    @Test
    void noSessionOutlivesTenHoursHoweverBusy() {
        assertEquals(Instant.parse("2026-11-25T18:00:00Z"), SessionLifetime.expiry(SIGNED_IN, Instant.parse("2026-11-25T17:50:00Z")));
    }

    @Test
    void aSessionHasExpiredFromItsExpiryOn() {
        Instant expiry = Instant.parse("2026-11-25T08:30:00Z");
        assertFalse(SessionLifetime.expired(expiry, expiry.minusSeconds(1)));
        assertTrue(SessionLifetime.expired(expiry, expiry));
    }

    @Test
    void tokensAreRandomAndStoredOnlyAsTheirHash() {
        String token = Tokens.random();
        assertEquals(43, token.length());
        assertNotEquals(token, Tokens.random());
        assertEquals(64, Tokens.sha256(token).length());
        assertEquals(Tokens.sha256(token), Tokens.sha256(token));
    }

    @Test
    void aPageViewRecordsUseOnlyWhenTheLastRecordIsAMinuteOld() {
        Instant seen = Instant.parse("2026-11-25T10:00:00Z");
        assertFalse(SessionLifetime.dueForTouch(seen, seen.plusSeconds(59)));
        assertTrue(SessionLifetime.dueForTouch(seen, seen.plusSeconds(60)));
        assertTrue(SessionLifetime.dueForTouch(null, seen), "never recorded");
    }
}
