package org.safeguard.reflection.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** EclipseLink 4.0 cannot map Instant: moments are stored as UTC wall-clock time and converted here. */
final class Utc {

    private Utc() {
    }

    static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
