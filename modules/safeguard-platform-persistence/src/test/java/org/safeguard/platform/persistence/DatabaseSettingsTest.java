package org.safeguard.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void derbyUnderKarafDataByDefault() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of(), "/opt/safeguard/data");

        assertEquals(DatabaseKind.DERBY, settings.kind());
        assertEquals("jdbc:derby:/opt/safeguard/data/safeguard/derby;create=true", settings.url());
        assertEquals(10, settings.poolMaxSize());
    }

    @Test
    void postgresqlNeedsItsUrlAndKeepsThePasswordOutOfTheLog() {
        assertThrows(IllegalArgumentException.class,
                () -> DatabaseSettings.from(Map.of("database", "postgresql"), null));

        DatabaseSettings settings = DatabaseSettings.from(Map.of("database", "postgresql",
                "jdbc.url", "jdbc:postgresql://db/safeguard", "jdbc.user", "sg", "jdbc.password", "secret",
                "pool.maxSize", "4"), null);
        assertEquals(DatabaseKind.POSTGRESQL, settings.kind());
        assertEquals(4, settings.poolMaxSize());
        assertFalse(settings.toString().contains("secret"));
    }

    @Test
    void derbyUrlAttributesAreSplitForTheDataSource() {
        DataSources.DerbyUrl url = DataSources.DerbyUrl.parse("jdbc:derby:memory:x;create=true;territory=en_GB");

        assertEquals("memory:x", url.databaseName());
        assertEquals("territory=en_GB", url.attributesExcept("create"));
    }
}
