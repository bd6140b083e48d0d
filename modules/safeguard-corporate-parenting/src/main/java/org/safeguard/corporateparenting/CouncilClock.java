package org.safeguard.corporateparenting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * "Today" is the council's today (Europe/London), not the server's; moments are stored as UTC
 * wall-clock time (EclipseLink 4.0 cannot map Instant). Tests pass a fixed clock.
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

    public static CouncilClock fixed(LocalDate today) {
        return new CouncilClock(Clock.fixed(today.atTime(11, 0).atZone(ZONE).toInstant(), ZONE));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public LocalDateTime nowUtc() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
