package org.safeguard.fostering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * "Today" and "now" as the council sees them (Europe/London): a review due on Friday is due until
 * midnight in England, and a contact session arranged for 10:00 is 10:00 local time. Moments the
 * system records are kept as UTC wall-clock time (EclipseLink 4.0 cannot map Instant).
 */
public final class FosteringClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final Clock clock;

    public FosteringClock(Clock clock) {
        this.clock = clock;
    }

    public static FosteringClock system() {
        return new FosteringClock(Clock.system(ZONE));
    }

    public static FosteringClock fixed(LocalDateTime localNow) {
        return new FosteringClock(Clock.fixed(localNow.atZone(ZONE).toInstant(), ZONE));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The council's local time now: what a contact session's start is compared with. */
    public LocalDateTime localNow() {
        return LocalDateTime.now(clock.withZone(ZONE));
    }

    public LocalDateTime nowUtc() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
