package org.safeguard.platform.api.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Today and the time of day as the council sees them, in England (Europe/London), whatever zone the
 * server runs in: a visit recorded at 00:30 on a summer night belongs to that day, not the one
 * before. Moments are stored in UTC ({@link #nowUtc()}, {@link #instant()}) and shown in UK time.
 * Modules make one from {@link #system()}; tests fix it.
 */
public final class CouncilClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final Clock clock;

    public CouncilClock(Clock clock) {
        this.clock = clock.withZone(ZONE);
    }

    public static CouncilClock system() {
        return new CouncilClock(Clock.system(ZONE));
    }

    /** Stopped at a moment in England. */
    public static CouncilClock fixed(LocalDateTime localNow) {
        return new CouncilClock(Clock.fixed(localNow.atZone(ZONE).toInstant(), ZONE));
    }

    /** Stopped at 11:00 in England on the day: for tests that care about the date only. */
    public static CouncilClock fixed(LocalDate today) {
        return fixed(today.atTime(11, 0));
    }

    /** The council's date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The time of day in England: what a form pre-fills for "when". */
    public LocalDateTime localNow() {
        return LocalDateTime.now(clock);
    }

    /** Now in UTC without a zone: how TIMESTAMP columns store a moment. */
    public LocalDateTime nowUtc() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    public Instant instant() {
        return clock.instant();
    }
}
