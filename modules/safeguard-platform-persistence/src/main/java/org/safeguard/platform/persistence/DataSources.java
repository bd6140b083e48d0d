package org.safeguard.platform.persistence;

import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the pooled DataSource around the vendor's own DataSource class. DriverManager is never
 * used: it only sees drivers on the system class path, which in OSGi holds none.
 */
public final class DataSources {

    private static final Logger LOG = LoggerFactory.getLogger(DataSources.class);

    /** Derby's answer to a successful shutdown of one database. */
    private static final String DERBY_DATABASE_SHUT_DOWN = "08006";

    private DataSources() {
    }

    public static HikariDataSource pooled(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("safeguard");
        config.setDataSource(vendorDataSource(settings));
        config.setMaximumPoolSize(settings.poolMaxSize());
        config.setMinimumIdle(Math.min(2, settings.poolMaxSize()));
        if (settings.user() != null) {
            config.setUsername(settings.user());
            config.setPassword(settings.password());
        }
        return new HikariDataSource(config);
    }

    static DataSource vendorDataSource(DatabaseSettings settings) {
        return switch (settings.kind()) {
            case DERBY -> derby(settings);
            case POSTGRESQL -> postgresql(settings);
        };
    }

    private static DataSource derby(DatabaseSettings settings) {
        DerbyUrl url = DerbyUrl.parse(settings.url());
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(url.databaseName());
        if (url.attributes().containsKey("create")) {
            ds.setCreateDatabase("create");
        }
        String others = url.attributesExcept("create");
        if (!others.isEmpty()) {
            ds.setConnectionAttributes(others);
        }
        if (settings.user() != null) {
            ds.setUser(settings.user());
            ds.setPassword(settings.password());
        }
        return ds;
    }

    private static DataSource postgresql(DatabaseSettings settings) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(settings.url());
        if (settings.user() != null) {
            ds.setUser(settings.user());
            ds.setPassword(settings.password());
        }
        return ds;
    }

    /**
     * Closes the pool, then for Derby shuts the database down so its files are left consistent
     * and its lock released for the next start.
     */
    public static void close(HikariDataSource pool, DatabaseSettings settings) {
        pool.close();
        if (settings.kind() != DatabaseKind.DERBY) {
            return;
        }
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(DerbyUrl.parse(settings.url()).databaseName());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException e) {
            if (!DERBY_DATABASE_SHUT_DOWN.equals(e.getSQLState())) {
                LOG.warn("Derby database {} did not shut down cleanly", shutdown.getDatabaseName(), e);
            }
        }
    }

    /** {@code jdbc:derby:<name>[;attr=value]...} taken apart, since EmbeddedDataSource wants the pieces. */
    record DerbyUrl(String databaseName, Map<String, String> attributes) {

        static DerbyUrl parse(String url) {
            String prefix = "jdbc:derby:";
            if (!url.startsWith(prefix)) {
                throw new IllegalArgumentException("not an embedded Derby URL: " + url);
            }
            String[] parts = url.substring(prefix.length()).split(";");
            Map<String, String> attributes = new TreeMap<>();
            for (int i = 1; i < parts.length; i++) {
                if (!parts[i].isBlank()) {
                    String[] pair = parts[i].split("=", 2);
                    attributes.put(pair[0].strip(), pair.length > 1 ? pair[1].strip() : "");
                }
            }
            return new DerbyUrl(parts[0], attributes);
        }

        String attributesExcept(String name) {
            StringBuilder sb = new StringBuilder();
            attributes.forEach((k, v) -> {
                if (!k.equals(name)) {
                    sb.append(sb.length() == 0 ? "" : ";").append(k).append('=').append(v);
                }
            });
            return sb.toString();
        }
    }
}
