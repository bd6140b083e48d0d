package org.safeguard.platform.modules;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A snapshot of the enablement table, read again when it is older than {@code maxAge} or after a
 * local write. Other nodes' changes show within {@code maxAge}; every request costs a map lookup.
 *
 * <p>Each local write bumps a generation. A reload keeps its snapshot only if no write happened
 * while it was reading: rows read before a write committed would otherwise be cached as fresh and
 * a just-disabled module would keep answering until {@code maxAge} ran out.
 */
final class EnablementCache {

    private static final Logger LOG = LoggerFactory.getLogger(EnablementCache.class);
    /** Writes arriving faster than the table can be read: answer from a read, but do not keep it. */
    private static final int MAX_RELOADS = 3;

    private record Snapshot(EnablementRules rules, long loadedAt, long generation) {}

    private final Supplier<Collection<EnablementRules.Row>> loader;
    private final LongSupplier nanoTime;
    private final long maxAgeNanos;
    private final AtomicLong generation = new AtomicLong();

    private volatile Snapshot snapshot;

    EnablementCache(Supplier<Collection<EnablementRules.Row>> loader, LongSupplier nanoTime, Duration maxAge) {
        this.loader = loader;
        this.nanoTime = nanoTime;
        this.maxAgeNanos = maxAge.toNanos();
    }

    EnablementRules rules() {
        Snapshot current = snapshot;
        if (usable(current)) {
            return current.rules();
        }
        synchronized (this) {
            EnablementRules loaded = null;
            for (int attempt = 0; attempt < MAX_RELOADS; attempt++) {
                current = snapshot;
                if (usable(current)) {
                    return current.rules();
                }
                long startedAt = generation.get();
                try {
                    loaded = EnablementRules.of(loader.get());
                } catch (RuntimeException e) {
                    // a snapshot from before a local write must not answer: the write would seem lost
                    if (current == null || current.generation() != startedAt) {
                        throw e;
                    }
                    // a database hiccup should not switch every module off: keep serving the last snapshot
                    LOG.warn("Could not reload module enablement, keeping the previous snapshot", e);
                    snapshot = new Snapshot(current.rules(), nanoTime.getAsLong(), startedAt);
                    return current.rules();
                }
                if (generation.get() == startedAt) {
                    snapshot = new Snapshot(loaded, nanoTime.getAsLong(), startedAt);
                    return loaded;
                }
            }
            return loaded;
        }
    }

    private boolean usable(Snapshot candidate) {
        return candidate != null
                && candidate.generation() == generation.get()
                && nanoTime.getAsLong() - candidate.loadedAt() < maxAgeNanos;
    }

    /** After a write on this node has committed: the next lookup, and any read under way, reads the table again. */
    void invalidate() {
        generation.incrementAndGet();
    }
}
