package org.safeguard.platform.persistence;

import java.util.Locale;

/** The databases the platform supports, and what each needs named. */
public enum DatabaseKind {
    DERBY("Derby"),
    POSTGRESQL("PostgreSQL");

    private final String eclipseLinkPlatform;

    DatabaseKind(String eclipseLinkPlatform) {
        this.eclipseLinkPlatform = eclipseLinkPlatform;
    }

    /** The value of {@code eclipselink.target-database}. */
    public String eclipseLinkPlatform() {
        return eclipseLinkPlatform;
    }

    public static DatabaseKind fromConfig(String value) {
        if (value == null || value.isBlank()) {
            return DERBY;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "derby" -> DERBY;
            case "postgresql", "postgres" -> POSTGRESQL;
            default -> throw new IllegalArgumentException(
                    "database must be derby or postgresql, not " + value);
        };
    }
}
