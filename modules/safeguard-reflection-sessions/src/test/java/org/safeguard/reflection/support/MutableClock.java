package org.safeguard.reflection.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.safeguard.reflection.service.ReflectionClock;

/** A clock a test moves on, for rules that depend on "today". */
public final class MutableClock extends Clock {

    private Instant now;

    public MutableClock(LocalDateTime localNow) {
        set(localNow);
    }

    public void set(LocalDateTime localNow) {
        now = localNow.atZone(ReflectionClock.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ReflectionClock.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
