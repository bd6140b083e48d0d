package org.safeguard.platform.api.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class CouncilClockTest {

    @Test
    void aSummerNightAfterMidnightIsTheNextDayInEnglandThoughStillTheDayBeforeInUtc() {
        CouncilClock clock = new CouncilClock(Clock.fixed(Instant.parse("2026-07-14T23:30:00Z"), ZoneOffset.UTC));

        assertEquals(LocalDate.of(2026, 7, 15), clock.today());
        assertEquals(LocalDateTime.of(2026, 7, 15, 0, 30), clock.localNow());
        assertEquals(LocalDateTime.of(2026, 7, 14, 23, 30), clock.nowUtc());
    }

    @Test
    void inWinterEnglandKeepsUtc() {
        CouncilClock clock = CouncilClock.fixed(LocalDateTime.of(2026, 12, 5, 23, 30));

        assertEquals(LocalDate.of(2026, 12, 5), clock.today());
        assertEquals(LocalDateTime.of(2026, 12, 5, 23, 30), clock.nowUtc());
        assertEquals(Instant.parse("2026-12-05T23:30:00Z"), clock.instant());
    }

    @Test
    void aFixedDayIsThatDayInEngland() {
        assertEquals(LocalDate.of(2026, 3, 29), CouncilClock.fixed(LocalDate.of(2026, 3, 29)).today());
        assertEquals(LocalDateTime.of(2026, 3, 29, 10, 0), CouncilClock.fixed(LocalDate.of(2026, 3, 29)).nowUtc(),
                "British Summer Time began that morning");
    }
}
