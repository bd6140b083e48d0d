package org.safeguard.bench;

import java.time.Duration;

/**
 * How much of each measurement to do. Read from the environment (scripts/bench.sh passes it through)
 * so a quick smoke run and the full run use the same code.
 */
record Settings(int coldStarts, int installCycles, int churnRuns, Duration churnDuration,
                int renderRuns, int renderRequests, int warmupRequests, int clients) {

    static Settings fromEnvironment() {
        return new Settings(
                number("BENCH_COLD_STARTS", 3),
                number("BENCH_INSTALL_CYCLES", 5),
                number("BENCH_CHURN_RUNS", 1),
                Duration.ofSeconds(number("BENCH_CHURN_SECONDS", 60)),
                number("BENCH_RENDER_RUNS", 3),
                number("BENCH_RENDER_REQUESTS", 20_000),
                number("BENCH_WARMUP_REQUESTS", 2_000),
                number("BENCH_CLIENTS", 50));
    }

    private static int number(String name, int fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int parsed = Integer.parseInt(value.trim());
        if (parsed < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + parsed);
        }
        return parsed;
    }

    String describe() {
        return String.format("%d cold starts; %d install cycles; %d churn run(s) of %d s; %d render runs of %,d requests "
                        + "after %,d warm-up; %d concurrent clients",
                coldStarts, installCycles, churnRuns, churnDuration.toSeconds(), renderRuns, renderRequests,
                warmupRequests, clients);
    }
}
