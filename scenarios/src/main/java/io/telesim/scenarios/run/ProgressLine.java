package io.telesim.scenarios.run;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * The one line a run shows each second: elapsed of total, then per traffic the rate it sent at in the last second and
 * its p99 so far (measured; in the warm-up, of the last second), then refusals and errors so far. On a terminal it
 * rewrites itself in place; elsewhere each second is a line of its own.
 */
final class ProgressLine {

    private final PrintWriter out;
    private final boolean inPlace;
    private final RunClock clock;
    private int lastLength;

    ProgressLine(PrintWriter out, boolean inPlace, RunClock clock) {
        this.out = out;
        this.inPlace = inPlace;
        this.clock = clock;
    }

    void show(long nowNanos, Map<String, TrafficStats> traffic, String phase) {
        if (out == null) {
            return;
        }
        long elapsed = Math.max(0, (nowNanos - clock.startNanos()) / 1_000_000_000);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%4d/%d s %-8s", Math.min(elapsed, clock.seconds()), clock.seconds(),
                phase));
        int second = clock.secondOf(nowNanos) - 1;
        long refused = 0;
        long errors = 0;
        for (TrafficStats stats : traffic.values()) {
            long rate = stats.sentIn(second);
            double p99 = stats.latency().getTotalCount() > 0 ? stats.latency().getValueAtPercentile(99) : stats.lastSecondP99Nanos();
            line.append(String.format(Locale.ROOT, " | %s %d/s p99 %s", stats.name(), rate, millis(p99)));
            refused += stats.refusedCount();
            errors += stats.errorCount();
        }
        line.append(String.format(Locale.ROOT, " | refused %d, errors %d", refused, errors));
        if (inPlace) {
            String text = line.toString();
            out.print("\r" + text + " ".repeat(Math.max(0, lastLength - text.length())));
            lastLength = text.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends an in-place line before other output. */
    void finish() {
        if (out != null && inPlace && lastLength > 0) {
            out.println();
            out.flush();
        }
    }

    private static String millis(double nanos) {
        double millis = nanos / 1e6;
        return millis >= 10 ? String.format(Locale.ROOT, "%.0fms", millis) : String.format(Locale.ROOT, "%.1fms", millis);
    }
}
