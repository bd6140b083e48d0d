package org.safeguard.platform.identity.security;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed sign-ins for usernames that have no usable account, counted in memory so that such a name
 * is "locked" after as many failures as a real one and the answer does not tell which usernames
 * exist. Bounded: past {@code maxEntries} names the longest-quiet one is forgotten, so a flood of
 * made-up names cannot exhaust memory.
 */
public final class UnknownUsernameFailures {

    public static final int MAX_ENTRIES = 10_000;

    private record Failures(int count, Instant lastFailure, Instant lockedUntil) {}

    private final Clock clock;
    private final Map<String, Failures> byName;

    public UnknownUsernameFailures(Clock clock, int maxEntries) {
        this.clock = clock;
        this.byName = new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > maxEntries;
            }
        };
    }

    public synchronized boolean isLocked(String username) {
        Failures failures = current(username, clock.instant());
        return failures != null && failures.lockedUntil() != null;
    }

    /** @return true when the name is locked after this failure */
    public synchronized boolean recordFailure(String username) {
        Instant now = clock.instant();
        Failures failures = current(username, now);
        if (failures != null && failures.lockedUntil() != null) {
            return true;
        }
        int count = (failures == null ? 0 : failures.count()) + 1;
        Instant lockedUntil = count >= LockoutPolicy.MAX_FAILURES ? now.plus(LockoutPolicy.LOCK_DURATION) : null;
        // removed first so the name moves to the young end of the insertion order
        byName.remove(username);
        byName.put(username, new Failures(count, now, lockedUntil));
        return lockedUntil != null;
    }

    public synchronized int size() {
        return byName.size();
    }

    /** The name's failures, or null when it has none or they have run out with the lock window. */
    private Failures current(String username, Instant now) {
        Failures failures = byName.get(username);
        if (failures == null) {
            return null;
        }
        Instant expires = failures.lockedUntil() != null
                ? failures.lockedUntil() : failures.lastFailure().plus(LockoutPolicy.LOCK_DURATION);
        if (!now.isBefore(expires)) {
            byName.remove(username);
            return null;
        }
        return failures;
    }
}
