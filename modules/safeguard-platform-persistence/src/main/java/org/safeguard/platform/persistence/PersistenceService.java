package org.safeguard.platform.persistence;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.safeguard.platform.api.persistence.PersistenceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's database: one pool shared by every unit, registered as a DataSource service,
 * and the tracker that gives each bundle asking for it a migrated schema and a persistence unit.
 */
@Component(immediate = true, configurationPid = DatabaseSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class PersistenceService implements PersistenceStatus {

    private static final Logger LOG = LoggerFactory.getLogger(PersistenceService.class);

    private static final String DERBY_LOG_FILE = "derby.stream.error.file";

    private DatabaseSettings settings;
    private HikariDataSource pool;
    private ServiceRegistration<DataSource> dataSourceRegistration;
    private BundleUnits units;
    private BundleTracker<BundleUnits.Unit> tracker;

    @Activate
    void activate(BundleContext context, Map<String, Object> config) {
        String karafData = System.getProperty("karaf.data");
        settings = DatabaseSettings.from(config, karafData);
        if (settings.kind() == DatabaseKind.DERBY && karafData != null
                && System.getProperty(DERBY_LOG_FILE) == null) {
            // Derby otherwise writes derby.log into whatever folder Karaf was started from
            System.setProperty(DERBY_LOG_FILE, Path.of(karafData, "log", "derby.log").toString());
        }
        LOG.info("Opening database {}", settings);
        pool = DataSources.pooled(settings);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("safeguard.datasource", "default");
        dataSourceRegistration = context.registerService(DataSource.class, pool, properties);
        units = new BundleUnits(context, new ChangelogRunner(pool), new UnitFactory(pool, settings.kind()));
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, units);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        if (tracker != null) {
            tracker.close();
        }
        if (dataSourceRegistration != null) {
            dataSourceRegistration.unregister();
        }
        if (pool != null) {
            DataSources.close(pool, settings);
            LOG.info("Closed database {}", settings);
        }
    }

    @Override
    public Map<String, String> unitStates() {
        BundleUnits current = units;
        return current == null ? Map.of() : current.states();
    }
}
