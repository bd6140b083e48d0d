package org.safeguard.platform.persistence;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.jpa.PersistenceProvider;

/** Builds one EclipseLink persistence unit over the shared DataSource for one bundle's entities. */
public final class UnitFactory {

    private final DataSource dataSource;
    private final DatabaseKind database;

    public UnitFactory(DataSource dataSource, DatabaseKind database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    /**
     * @param unitName      unique across the platform (the bundle's symbolic name); also the session name
     * @param ownerLoader   loads the entity classes
     * @param rootUrl       the unit's root, e.g. {@code bundle.getEntry("/")}
     * @param entityClasses fully qualified names; nothing else is mapped
     */
    public EntityManagerFactory create(String unitName, ClassLoader ownerLoader, URL rootUrl,
                                       List<String> entityClasses) {
        ClassLoader eclipseLink = PersistenceProvider.class.getClassLoader();
        ClassLoader loader = new UnitClassLoader(ownerLoader, eclipseLink);
        UnitInfo info = new UnitInfo(unitName, dataSource, loader, rootUrl, entityClasses, properties(unitName));
        try (ContextClassLoader ignored = ContextClassLoader.use(loader)) {
            EntityManagerFactory factory = new PersistenceProvider()
                    .createContainerEntityManagerFactory(info, Map.of());
            try {
                // fail now, naming the unit, rather than in the first request that uses it
                factory.createEntityManager().close();
                return factory;
            } catch (RuntimeException | Error failed) {
                // a unit left open keeps its session name registered, and a corrected reinstall would get it back
                closeQuietly(factory, failed);
                throw failed;
            }
        }
    }

    private static void closeQuietly(EntityManagerFactory factory, Throwable cause) {
        try {
            factory.close();
        } catch (RuntimeException alsoFailed) {
            cause.addSuppressed(alsoFailed);
        }
    }

    private Properties properties(String unitName) {
        Properties p = new Properties();
        // weaving needs an agent or a weaving hook; entities stay plain classes
        p.setProperty("eclipselink.weaving", "false");
        // several units and several nodes may write the same rows
        p.setProperty("eclipselink.cache.shared.default", "false");
        // EclipseLink keeps sessions in a static registry by name
        p.setProperty("eclipselink.session-name", "safeguard-" + unitName);
        p.setProperty("eclipselink.target-database", database.eclipseLinkPlatform());
        p.setProperty("eclipselink.logging.level", "WARNING");
        // the schema belongs to Liquibase alone
        p.setProperty("eclipselink.ddl-generation", "none");
        return p;
    }
}
