package org.safeguard.bench;

import java.util.Arrays;
import java.util.function.LongFunction;

/** A growable list of durations in nanoseconds, with the order statistics the report uses. */
final class Samples {

    private long[] values = new long[256];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    long median() {
        return percentile(50);
    }

    long max() {
        return percentile(100);
    }

    /** Nearest-rank percentile, so a reported p99 is a latency some request really had. */
    long percentile(double p) {
        if (size == 0) {
            throw new IllegalStateException("no samples");
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)];
    }

    /** Every sample in the order measured: shown beside a median so the spread is visible. */
    String list(LongFunction<String> format) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < size; i++) {
            s.append(i == 0 ? "" : ", ").append(format.apply(values[i]));
        }
        return s.toString();
    }
}
