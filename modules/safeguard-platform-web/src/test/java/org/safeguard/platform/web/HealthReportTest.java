package org.safeguard.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.persistence.PersistenceStatus;

class HealthReportTest {

    @Test
    void failedUnitShowsItsStateButNeverTheReason() {
        Map<String, String> states = new LinkedHashMap<>();
        states.put("safeguard-platform-identity", PersistenceStatus.MIGRATED);
        states.put("safeguard-team-notices", PersistenceStatus.FAILED_PREFIX
                + "ALTER TABLE notices_notice ADD COLUMN secret_column failed");
        List<Map<String, Object>> units = HealthReport.units(states);
        assertEquals(List.of(Map.of("unit", "safeguard-platform-identity", "state", "UP"),
                Map.of("unit", "safeguard-team-notices", "state", "FAILED")), units);
        assertFalse(units.toString().contains("ALTER TABLE"));
    }
}
