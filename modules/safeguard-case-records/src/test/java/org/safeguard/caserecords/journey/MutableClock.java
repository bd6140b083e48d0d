package org.safeguard.caserecords.journey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.safeguard.platform.api.time.CouncilClock;


/** A clock a test moves along the journey: "today" is whatever day the test says. */
final class MutableClock extends Clock {

    private Instant now;

    MutableClock(LocalDate today) {
        setToday(today);
    }

    void setToday(LocalDate today) {
        now = today.atTime(12, 0).atZone(CouncilClock.ZONE).toInstant();
    }

    @Override public ZoneId getZone() { return CouncilClock.ZONE; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
}
