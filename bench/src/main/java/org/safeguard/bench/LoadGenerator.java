package org.safeguard.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: a fixed pool of threads, one per client, each sending its next request as soon
 * as the last one answered. Java 17 has no virtual threads, so concurrency is the pool size. Every
 * run is bounded by a request budget or a deadline, whichever comes first.
 */
final class LoadGenerator {

    /** One signed-in user agent. Returns the final status (redirects followed); IOException = no answer. */
    interface Client {
        int get(String path) throws IOException;

        /** For a probe before a run: -1 when there was no answer. */
        default int getQuietly(String path) {
            try {
                return get(path);
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
    }

    private final List<Client> clients;
    private final List<String> paths;

    LoadGenerator(List<Client> clients, List<String> paths) {
        if (clients.isEmpty() || paths.isEmpty()) {
            throw new IllegalArgumentException("need at least one client and one path");
        }
        this.clients = List.copyOf(clients);
        this.paths = List.copyOf(paths);
    }

    LoadResult requests(int count) {
        return run(count, Long.MAX_VALUE);
    }

    /** A request budget with a deadline too: a slow page ends its run when time is up. */
    LoadResult requestsWithin(long count, Duration limit) {
        return run(count, System.nanoTime() + limit.toNanos());
    }

    LoadResult during(Duration duration) {
        return run(Long.MAX_VALUE, System.nanoTime() + duration.toNanos());
    }

    private LoadResult run(long budget, long deadline) {
        AtomicLong remaining = new AtomicLong(budget);
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Callable<Tally>> workers = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                int offset = i;
                workers.add(() -> work(clients.get(offset), offset, remaining, deadline));
            }
            long started = System.nanoTime();
            List<Future<Tally>> done = pool.invokeAll(workers);
            long wall = System.nanoTime() - started;
            Tally total = new Tally();
            for (Future<Tally> f : done) {
                total.add(f.get());
            }
            return new LoadResult(total.requests, wall, total.statuses, total.errors, total.latencies, total.firstError);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load run interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a load worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Tally work(Client client, int offset, AtomicLong remaining, long deadline) {
        Tally tally = new Tally();
        // each client starts at a different path so the mix is even from the first request on
        for (int n = offset; System.nanoTime() < deadline && remaining.getAndDecrement() > 0; n++) {
            String path = paths.get(n % paths.size());
            long started = System.nanoTime();
            try {
                int status = client.get(path);
                tally.answered(status, System.nanoTime() - started);
            } catch (IOException | RuntimeException e) {
                tally.failedToConnect(path, e);
            }
        }
        return tally;
    }

    private static final class Tally {
        long requests;
        long errors;
        String firstError;
        final Map<Integer, Long> statuses = new HashMap<>();
        final Samples latencies = new Samples();

        void answered(int status, long nanos) {
            requests++;
            statuses.merge(status, 1L, Long::sum);
            latencies.add(nanos);
        }

        void failedToConnect(String path, Exception e) {
            requests++;
            errors++;
            if (firstError == null) {
                firstError = path + ": " + e;
            }
        }

        void add(Tally other) {
            requests += other.requests;
            errors += other.errors;
            if (firstError == null) {
                firstError = other.firstError;
            }
            other.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
            latencies.addAll(other.latencies);
        }
    }
}
