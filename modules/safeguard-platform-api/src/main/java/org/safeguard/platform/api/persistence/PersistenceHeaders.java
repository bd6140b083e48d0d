package org.safeguard.platform.api.persistence;

/**
 * Manifest headers a bundle sets to get its own persistence unit. The platform applies the
 * bundle's Liquibase changelog (once per change set, recorded) before registering an
 * {@code EntityManagerFactory} service with {@link #UNIT_PROPERTY} = the bundle's symbolic name,
 * so a component that references that factory only starts once the schema is in place.
 */
public final class PersistenceHeaders {

    /** Comma-separated entity class names; bnd can fill it: {@code ${classes;ANNOTATED;jakarta.persistence.Entity}}. */
    public static final String ENTITIES = "Safeguard-Entities";

    /** Path of the Liquibase changelog inside the bundle, e.g. {@code db/team-notices/changelog.xml}. */
    public static final String CHANGELOG = "Safeguard-Changelog";

    /** Service property naming the unit on each registered EntityManagerFactory. */
    public static final String UNIT_PROPERTY = "safeguard.unit";

    private PersistenceHeaders() {
    }
}
