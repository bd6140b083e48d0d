package org.safeguard.platform.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

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

    /** A loader whose read has already returned the table as it was when a local write commits. */
    private final class WriteDuringRead implements Supplier<Collection<Row>> {
        final List<Row> rows = new ArrayList<>(List.of(new Row("team-notices", 1, null)));
        final AtomicInteger reads = new AtomicInteger();
        EnablementCache cache;
        int writesDuringRead = 1;

        @Override
        public Collection<Row> get() {
            reads.incrementAndGet();
            List<Row> read = List.copyOf(rows);
            if (writesDuringRead > 0) {
                writesDuringRead--;
                // another thread disables the module and invalidates while this read is in flight
                rows.clear();
                cache.invalidate();
            }
            return read;
        }
    }

    @Test
    void aWriteDuringAReloadIsNotHiddenByTheStaleRowsItRead() {
        WriteDuringRead loader = new WriteDuringRead();
        EnablementCache racing = new EnablementCache(loader, now::get, Duration.ofSeconds(5));
        loader.cache = racing;

        assertFalse(racing.rules().isEnabled("team-notices", 1L, 3L), "the stale read is thrown away and read again");
        assertEquals(2, loader.reads.get());
        assertFalse(racing.rules().isEnabled("team-notices", 1L, 3L));
        assertEquals(2, loader.reads.get(), "the second read is kept as the snapshot");
    }

    @Test
    void anInvalidationAfterAReloadStoredItsSnapshotReadsAgain() {
        WriteDuringRead loader = new WriteDuringRead();
        loader.writesDuringRead = 0;
        EnablementCache plain = new EnablementCache(loader, now::get, Duration.ofSeconds(5));
        assertTrue(plain.rules().isEnabled("team-notices", 1L, 3L));
        loader.rows.clear();
        plain.invalidate();
        assertFalse(plain.rules().isEnabled("team-notices", 1L, 3L));
        assertEquals(2, loader.reads.get());
    }

    @Test
    void writesFasterThanReadsStillAnswerFromTheNewestRead() {
        WriteDuringRead loader = new WriteDuringRead();
        loader.writesDuringRead = Integer.MAX_VALUE;
        EnablementCache busy = new EnablementCache(loader, now::get, Duration.ofSeconds(5));
        loader.cache = busy;
        assertFalse(busy.rules().isEnabled("team-notices", 1L, 3L));
        int reads = loader.reads.get();
        busy.rules();
        assertTrue(loader.reads.get() > reads, "a read overtaken by a write is never kept");
    }

    @Test
    void afterALocalWriteAnUnreadableTableIsAnErrorNotTheOldAnswer() {
        table.add(new Row("team-notices", 1, null));
        cache.rules();
        cache.invalidate();
        databaseDown = true;
        assertThrows(IllegalStateException.class, cache::rules);
    }
}
