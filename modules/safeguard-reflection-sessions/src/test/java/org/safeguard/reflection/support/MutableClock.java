package org.safeguard.reflection.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.safeguard.platform.api.time.CouncilClock;


/** A clock a test moves on, for rules that depend on "today". */
public final class MutableClock extends Clock {

    private Instant now;

    public MutableClock(LocalDateTime localNow) {
        set(localNow);
    }

    public void set(LocalDateTime localNow) {
        now = localNow.atZone(CouncilClock.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return CouncilClock.ZONE;
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
