package org.safeguard.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one load run saw. "Failed" means any answer outside 2xx/3xx (5xx included) — redirects are
 * followed by the clients, so a 3xx here is one that led nowhere further. Connection errors and
 * timeouts are counted apart and have no latency.
 */
record LoadResult(long requests, long wallNanos, Map<Integer, Long> statuses, long connectionErrors,
                  Samples latencies, String firstError) {

    double throughput() {
        return requests / (wallNanos / 1_000_000_000.0);
    }

    long failed() {
        return statuses.entrySet().stream().filter(e -> e.getKey() < 200 || e.getKey() >= 400)
                .mapToLong(Map.Entry::getValue).sum();
    }

    long serverErrors() {
        return statuses.entrySet().stream().filter(e -> e.getKey() >= 500)
                .mapToLong(Map.Entry::getValue).sum();
    }

    long p50() {
        return latencies.percentile(50);
    }

    long p99() {
        return latencies.percentile(99);
    }

    String statusSummary() {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(statuses).forEach((status, n) -> s.append(s.length() == 0 ? "" : ", ")
                .append(status).append(": ").append(Format.count(n)));
        return s.toString();
    }
}
