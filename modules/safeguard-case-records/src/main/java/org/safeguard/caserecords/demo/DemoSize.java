package org.safeguard.caserecords.demo;

import java.util.Locale;

/**
 * How much demo history to make, from {@code etc/org.safeguard.caserecords.demo.cfg}: {@code size =
 * small} (every authority: its open caseload plus a few hundred children with closed histories) or
 * {@code size = benchmark} (the largest authority: 100,000 children, about a million contacts); a
 * positive {@code children} sets the largest authority's number of children whatever the size.
 */
record DemoSize(String size, int children) {

    static final String SMALL = "small";
    static final String BENCHMARK = "benchmark";
    static final int BENCHMARK_CHILDREN = 100_000;
    /** Children with closed histories besides the open caseload, in the small size. */
    static final int SMALL_HISTORY_CHILDREN = 150;

    DemoSize {
        size = size == null || size.isBlank() ? SMALL : size.trim().toLowerCase(Locale.ROOT);
        if (!SMALL.equals(size) && !BENCHMARK.equals(size)) {
            throw new IllegalArgumentException("size must be small or benchmark, was " + size);
        }
    }

    static DemoSize small() {
        return new DemoSize(SMALL, 0);
    }

    /**
     * Children to seed for one authority. Never fewer than its open caseload, which depends on its
     * workforce, not on the size.
     *
     * @param largest whether this is the authority with the most case-holding workers
     */
    int childrenFor(boolean largest, int openChildren) {
        int wanted;
        if (largest && children > 0) {
            wanted = children;
        } else if (largest && BENCHMARK.equals(size)) {
            wanted = BENCHMARK_CHILDREN;
        } else {
            wanted = openChildren + Math.max(SMALL_HISTORY_CHILDREN, openChildren / 2);
        }
        return Math.max(wanted, openChildren);
    }
}
