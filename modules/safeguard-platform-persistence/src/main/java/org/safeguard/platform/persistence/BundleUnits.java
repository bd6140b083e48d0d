package org.safeguard.platform.persistence;

import java.util.Arrays;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.safeguard.platform.api.persistence.PersistenceHeaders;
import org.safeguard.platform.api.persistence.PersistenceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For each bundle that asks for persistence: migrate its schema, then register its
 * EntityManagerFactory. Runs synchronously on the bundle's STARTING event, so the factory is
 * there before the bundle's own components look for it; a failed migration registers nothing,
 * so those components never run on a half-migrated schema. Tables and data stay when the
 * bundle goes.
 */
final class BundleUnits implements BundleTrackerCustomizer<BundleUnits.Unit> {

    private static final Logger LOG = LoggerFactory.getLogger(BundleUnits.class);

    /** What was done for one bundle: its factory's registration, or null when it failed or maps nothing. */
    static final class Unit {
        private final ServiceRegistration<EntityManagerFactory> registration;
        private final EntityManagerFactory factory;

        Unit(ServiceRegistration<EntityManagerFactory> registration, EntityManagerFactory factory) {
            this.registration = registration;
            this.factory = factory;
        }
    }

    private final BundleContext context;
    private final ChangelogRunner changelogs;
    private final UnitFactory units;
    private final Map<String, String> states = new ConcurrentHashMap<>();
    /** One migration at a time: Liquibase's lock table would make a second one wait anyway. */
    private final Object migrationLock = new Object();

    BundleUnits(BundleContext context, ChangelogRunner changelogs, UnitFactory units) {
        this.context = context;
        this.changelogs = changelogs;
        this.units = units;
    }

    Map<String, String> states() {
        return Collections.unmodifiableMap(new TreeMap<>(states));
    }

    @Override
    public Unit addingBundle(Bundle bundle, BundleEvent event) {
        String changelog = header(bundle, PersistenceHeaders.CHANGELOG);
        String entities = header(bundle, PersistenceHeaders.ENTITIES);
        if (changelog == null && entities == null) {
            return null;
        }
        String unit = bundle.getSymbolicName();
        if (changelog != null && !migrate(bundle, unit, changelog)) {
            return new Unit(null, null);
        }
        if (entities == null) {
            states.put(unit, PersistenceStatus.MIGRATED);
            return new Unit(null, null);
        }
        return register(bundle, unit, entities);
    }

    private boolean migrate(Bundle bundle, String unit, String changelog) {
        long started = System.nanoTime();
        try {
            synchronized (migrationLock) {
                changelogs.apply(BundleResourceAccessor.normalise(changelog), new BundleResourceAccessor(bundle));
            }
            LOG.info("Schema of {} is up to date with {} ({} ms)", unit, changelog,
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (MigrationException e) {
            LOG.error("Migration of bundle {} failed, so its persistence unit is not registered: {}",
                    unit, e.getMessage());
            LOG.debug("Migration failure of {}", unit, e);
            states.put(unit, PersistenceStatus.FAILED_PREFIX + e.getMessage());
            return false;
        }
    }

    private Unit register(Bundle bundle, String unit, String entities) {
        List<String> classes = Arrays.stream(entities.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        EntityManagerFactory factory;
        try {
            ClassLoader owner = bundle.adapt(BundleWiring.class).getClassLoader();
            factory = units.create(unit, owner, bundle.getEntry("/"), classes);
        } catch (RuntimeException e) {
            LOG.error("Persistence unit of bundle {} could not be built: {}", unit, e.getMessage(), e);
            states.put(unit, PersistenceStatus.FAILED_PREFIX + e.getMessage());
            return new Unit(null, null);
        }
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(PersistenceHeaders.UNIT_PROPERTY, unit);
        states.put(unit, PersistenceStatus.MIGRATED);
        // logged first: registering starts the bundle's components, which log in turn
        LOG.info("Registering persistence unit {} with {} entities", unit, classes.size());
        ServiceRegistration<EntityManagerFactory> registration =
                context.registerService(EntityManagerFactory.class, factory, properties);
        return new Unit(registration, factory);
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Unit unit) {
        // a unit lives from the bundle's start to its stop
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Unit unit) {
        if (unit.registration != null) {
            try {
                unit.registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered by the framework when this bundle stopped first
            }
        }
        if (unit.factory != null && unit.factory.isOpen()) {
            unit.factory.close();
        }
        // the state is kept: a stopped module's last outcome is still worth showing
    }

    private static String header(Bundle bundle, String name) {
        String value = bundle.getHeaders("").get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
