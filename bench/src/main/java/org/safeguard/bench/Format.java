package org.safeguard.bench;

import java.util.Locale;

/** One way of writing each kind of figure, in the console table and in docs/performance.md alike. */
final class Format {

    private Format() {
    }

    static String millis(long nanos) {
        double ms = nanos / 1_000_000.0;
        return ms >= 100 ? String.format(Locale.ROOT, "%,.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1_000_000_000.0);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f req/s", perSecond);
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String megabytes(long kb) {
        return kb < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", kb / 1024);
    }
}
