package org.safeguard.familysafeguarding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * "Today" is the council's today (Europe/London), not the server's. Moments are stored as UTC
 * wall-clock time: EclipseLink 4.0 cannot map Instant. Rules take "today" as a parameter; only
 * the pages ask this clock.
 */
public final class CouncilClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final Clock clock;

    public CouncilClock(Clock clock) {
        this.clock = clock;
    }

    public static CouncilClock system() {
        return new CouncilClock(Clock.system(ZONE));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public LocalDateTime nowUtc() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
