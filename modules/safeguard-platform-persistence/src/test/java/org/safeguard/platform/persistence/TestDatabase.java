package org.safeguard.platform.persistence;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

/** A fresh in-memory Derby database per test, behind the same pool the platform uses. */
final class TestDatabase implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final DatabaseSettings settings = DatabaseSettings.from(
            Map.of("jdbc.url", "jdbc:derby:memory:sg" + COUNTER.incrementAndGet() + ";create=true"), null);
    final HikariDataSource pool = DataSources.pooled(settings);

    static ResourceAccessor changelogs(String root) throws Exception {
        return new DirectoryResourceAccessor(folder(root));
    }

    static Path folder(String root) throws URISyntaxException {
        return Path.of(TestDatabase.class.getResource("/" + root).toURI());
    }

    List<String> column(String sql) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    boolean tableExists(String name) throws SQLException {
        try (Connection c = pool.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, name.toUpperCase(), null)) {
            return rs.next();
        }
    }

    @Override
    public void close() {
        DataSources.close(pool, settings);
    }
}
