package org.safeguard.platform.identity.entity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * EclipseLink 4.0 (JPA 3.1) has no mapping for {@link Instant} and would store it as a blob, so
 * entities keep TIMESTAMP columns as UTC {@link LocalDateTime} and show Instants to the code.
 */
public final class UtcTime {

    private UtcTime() {
    }

    public static LocalDateTime column(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime column) {
        return column == null ? null : column.toInstant(ZoneOffset.UTC);
    }
}
