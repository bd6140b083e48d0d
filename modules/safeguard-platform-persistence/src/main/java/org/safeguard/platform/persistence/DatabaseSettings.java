package org.safeguard.platform.persistence;

import java.nio.file.Path;
import java.util.Map;

/**
 * Configuration PID {@code org.safeguard.platform.persistence}: which database, where, as whom,
 * and how many pooled connections. No credentials are shipped; an embedded Derby needs none.
 */
public record DatabaseSettings(DatabaseKind kind, String url, String user, String password, int poolMaxSize) {

    public static final String PID = "org.safeguard.platform.persistence";

    private static final int DEFAULT_POOL_MAX_SIZE = 10;

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("jdbc.url must be set for " + kind);
        }
        if (poolMaxSize < 1) {
            throw new IllegalArgumentException("pool.maxSize must be at least 1, not " + poolMaxSize);
        }
    }

    /** @param karafData the Karaf data folder; the default Derby database lives beneath it */
    public static DatabaseSettings from(Map<String, ?> config, String karafData) {
        DatabaseKind kind = DatabaseKind.fromConfig(text(config, "database"));
        String url = text(config, "jdbc.url");
        if (url == null && kind == DatabaseKind.DERBY) {
            String data = karafData == null || karafData.isBlank() ? "./data" : karafData;
            url = "jdbc:derby:" + Path.of(data, "safeguard", "derby").toString().replace('\\', '/') + ";create=true";
        }
        String pool = text(config, "pool.maxSize");
        return new DatabaseSettings(kind, url, text(config, "jdbc.user"), text(config, "jdbc.password"),
                pool == null ? DEFAULT_POOL_MAX_SIZE : Integer.parseInt(pool));
    }

    private static String text(Map<String, ?> config, String key) {
        Object value = config.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** Safe to log: never the password. */
    @Override
    public String toString() {
        return kind + " " + url + (user == null ? "" : " as " + user) + " (pool " + poolMaxSize + ")";
    }
}
