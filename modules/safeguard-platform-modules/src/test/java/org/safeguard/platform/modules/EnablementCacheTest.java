package org.safeguard.platform.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.modules.EnablementRules.Row;

class EnablementCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final List<Row> table = new ArrayList<>();
    private boolean databaseDown;

    private final EnablementCache cache = new EnablementCache(() -> {
        if (databaseDown) {
            throw new IllegalStateException("database down");
        }
        loads.incrementAndGet();
        return List.copyOf(table);
    }, now::get, Duration.ofSeconds(5));

    @Test
    void readsTheTableAtMostEveryFiveSeconds() {
        cache.rules();
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        cache.rules();
        cache.rules();
        assertEquals(1, loads.get());

        table.add(new Row("team-notices", 1, null));
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertTrue(cache.rules().isEnabled("team-notices", 1L, 3L));
        assertEquals(2, loads.get());
    }

    @Test
    void aLocalWriteIsSeenAtOnce() {
        assertFalse(cache.rules().isEnabled("team-notices", 1L, 3L));
        table.add(new Row("team-notices", 1, 3L));
        cache.invalidate();
        assertTrue(cache.rules().isEnabled("team-notices", 1L, 3L));
    }

    @Test
    void keepsTheLastSnapshotWhenTheDatabaseCannotBeRead() {
        table.add(new Row("team-notices", 1, null));
        cache.rules();
        databaseDown = true;
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(cache.rules().isEnabled("team-notices", 1L, null));
    }
}
