package org.safeguard.platform.modules;

import java.time.Duration;
import java.util.Collection;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A snapshot of the enablement table, read again when it is older than {@code maxAge} or after a
 * local write. Other nodes' changes show within {@code maxAge}; every request costs a map lookup.
 */
final class EnablementCache {

    private static final Logger LOG = LoggerFactory.getLogger(EnablementCache.class);

    private final Supplier<Collection<EnablementRules.Row>> loader;
    private final LongSupplier nanoTime;
    private final long maxAgeNanos;

    private volatile EnablementRules rules;
    private volatile long loadedAt;

    EnablementCache(Supplier<Collection<EnablementRules.Row>> loader, LongSupplier nanoTime, Duration maxAge) {
        this.loader = loader;
        this.nanoTime = nanoTime;
        this.maxAgeNanos = maxAge.toNanos();
    }

    EnablementRules rules() {
        EnablementRules current = rules;
        if (current != null && nanoTime.getAsLong() - loadedAt < maxAgeNanos) {
            return current;
        }
        synchronized (this) {
            if (rules != null && nanoTime.getAsLong() - loadedAt < maxAgeNanos) {
                return rules;
            }
            try {
                rules = EnablementRules.of(loader.get());
            } catch (RuntimeException e) {
                if (rules == null) {
                    throw e;
                }
                // a database hiccup should not switch every module off: keep serving the last snapshot
                LOG.warn("Could not reload module enablement, keeping the previous snapshot", e);
            }
            loadedAt = nanoTime.getAsLong();
            return rules;
        }
    }

    /** After a write on this node: the next lookup reads the table again. */
    void invalidate() {
        rules = null;
    }
}
