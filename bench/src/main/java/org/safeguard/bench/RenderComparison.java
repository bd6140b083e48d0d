package org.safeguard.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Signed-in page renders under a fixed number of requests, platform and baseline taking turns run by run
 * so that a burst of other work on the shared machine lands on both rather than on one.
 */
final class RenderComparison {

    record Target(String label, LoadGenerator generator) {
    }

    /** The runs of one target; each figure is the median over runs, failures are summed. */
    record Side(String label, List<LoadResult> runs) {

        double throughput() {
            return medianOf(LoadResult::throughput);
        }

        long p50() {
            return (long) medianOf(r -> r.p50());
        }

        long p99() {
            return (long) medianOf(r -> r.p99());
        }

        long failed() {
            return sum(LoadResult::failed);
        }

        long connectionErrors() {
            return sum(LoadResult::connectionErrors);
        }

        String throughputs() {
            return String.join(", ", runs.stream().map(r -> Format.rate(r.throughput())).toList());
        }

        String statuses() {
            return String.join("; ", runs.stream().map(LoadResult::statusSummary).toList());
        }

        private double medianOf(ToDoubleFunction<LoadResult> figure) {
            double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
            int n = values.length;
            return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        }

        private long sum(ToLongFunction<LoadResult> figure) {
            return runs.stream().mapToLong(figure).sum();
        }
    }

    private RenderComparison() {
    }

    static Map<String, Side> run(List<Target> targets, int runs, int warmup, int requests) {
        Map<String, List<LoadResult>> results = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            for (Target t : targets) {
                t.generator().requests(warmup);
                LoadResult r = t.generator().requests(requests);
                results.computeIfAbsent(t.label(), k -> new ArrayList<>()).add(r);
                System.out.printf("[bench] render run %d %-28s %s  p50 %s  p99 %s  statuses {%s}  connection errors %d%n",
                        run, t.label(), Format.rate(r.throughput()), Format.millis(r.p50()), Format.millis(r.p99()),
                        r.statusSummary(), r.connectionErrors());
            }
        }
        Map<String, Side> sides = new LinkedHashMap<>();
        results.forEach((label, list) -> sides.put(label, new Side(label, list)));
        return sides;
    }
}
