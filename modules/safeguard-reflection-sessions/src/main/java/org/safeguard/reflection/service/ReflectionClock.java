package org.safeguard.reflection.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The council's today and now (Europe/London), not the server's: a session at 10:00 is at 10:00 in
 * England. Pages take "today" from here; every rule takes it as a parameter.
 */
public final class ReflectionClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final Clock clock;

    public ReflectionClock(Clock clock) {
        this.clock = clock.withZone(ZONE);
    }

    public static ReflectionClock system() {
        return new ReflectionClock(Clock.system(ZONE));
    }

    /** A clock stopped at this local council time, for tests and the demo. */
    public static ReflectionClock at(LocalDateTime local) {
        return new ReflectionClock(Clock.fixed(local.atZone(ZONE).toInstant(), ZONE));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Local council time. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public Instant instant() {
        return clock.instant();
    }
}
