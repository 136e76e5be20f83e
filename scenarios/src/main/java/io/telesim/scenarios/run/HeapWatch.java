package io.telesim.scenarios.run;

import io.telesim.scenarios.report.HeapReport;

/**
 * Whether memory stays flat in a long run: the live heap, measured after a full collection the runner asks for, a third
 * of the way into the measured time and again at its end. (The heap in use between collections says little: the
 * parallel collector's young collections promote garbage that only a full collection clears, so its floor rises
 * whether or not anything leaks.) By the first measurement the operator's bounded stores, such as the handsets'
 * inboxes and the SMS centre's ended messages, should be full; what grows after is kept for good. The two full
 * collections pause the run, so the watch is on only when the scenario sets a limit.
 */
final class HeapWatch {

    private static final double MB = 1024 * 1024;

    private final boolean on;
    private final long thirdNanos;
    private final long endNanos;
    private final Runtime runtime = Runtime.getRuntime();
    private long afterFirstThird = -1;
    private long atEnd = -1;

    HeapWatch(RunClock clock, boolean on) {
        this.on = on && clock.measuredNanos() >= 30_000_000_000L;
        this.thirdNanos = clock.startNanos() + (clock.totalNanos() - clock.measuredNanos()) + clock.measuredNanos() / 3;
        this.endNanos = clock.endNanos() - 1_000_000_000L;
    }

    /** Measures when the run reaches a third of its measured time, and its last second. */
    void tick(long nowNanos) {
        if (!on) {
            return;
        }
        if (afterFirstThird < 0 && nowNanos - thirdNanos >= 0) {
            afterFirstThird = live();
        } else if (atEnd < 0 && nowNanos - endNanos >= 0) {
            atEnd = live();
        }
    }

    private long live() {
        System.gc(); // the point of the measurement: what survives a full collection
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Null when the watch was off or did not get both measurements. */
    HeapReport report(Double maxGrowth) {
        if (afterFirstThird <= 0 || atEnd < 0) {
            return null;
        }
        return new HeapReport(afterFirstThird / MB, atEnd / MB, (double) (atEnd - afterFirstThird) / afterFirstThird, maxGrowth);
    }
}
