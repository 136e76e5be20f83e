package io.telesim.scenarios.run;

import java.util.Arrays;

import io.telesim.scenarios.report.HeapReport;

/**
 * Samples the heap in use once a second, so a long run can show whether memory stays flat. The heap saws up and down
 * with garbage collection; what a leak raises is its floor, so the report compares the lowest samples of the middle and
 * the last third of the measured time (in the first third the operator's bounded stores, such as the handsets'
 * inboxes and the SMS centre's ended messages, are still filling).
 */
final class HeapWatch {

    private final long[] usedBySecond;
    private final Runtime runtime = Runtime.getRuntime();

    HeapWatch(int seconds) {
        this.usedBySecond = new long[seconds];
        Arrays.fill(usedBySecond, -1);
    }

    void sample(int second) {
        if (second >= 0 && second < usedBySecond.length) {
            long used = runtime.totalMemory() - runtime.freeMemory();
            usedBySecond[second] = usedBySecond[second] < 0 ? used : Math.min(usedBySecond[second], used);
        }
    }

    /** The floors of the middle and last thirds after the warm-up; null when the measured time is under 30 s. */
    HeapReport report(int warmupSeconds, Double maxGrowth) {
        int measured = usedBySecond.length - warmupSeconds;
        if (measured < 30) {
            return maxGrowth == null ? null : new HeapReport(0, 0, 0, null);
        }
        int third = measured / 3;
        long first = floor(warmupSeconds + third, warmupSeconds + 2 * third);
        long last = floor(usedBySecond.length - third, usedBySecond.length);
        double growth = first <= 0 ? 0 : (double) (last - first) / first;
        return new HeapReport(first / 1048576.0, last / 1048576.0, growth, maxGrowth);
    }

    private long floor(int from, int to) {
        long floor = Long.MAX_VALUE;
        for (int i = from; i < to; i++) {
            if (usedBySecond[i] >= 0) {
                floor = Math.min(floor, usedBySecond[i]);
            }
        }
        return floor == Long.MAX_VALUE ? 0 : floor;
    }
}
