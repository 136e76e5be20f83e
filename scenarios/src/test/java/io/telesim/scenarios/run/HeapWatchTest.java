package io.telesim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.telesim.scenarios.report.HeapReport;

class HeapWatchTest {

    /** A run of a minute, all measured, that ended a second ago: both measuring points are behind us. */
    private static RunClock minuteAgo() {
        return new RunClock(System.nanoTime() - Duration.ofSeconds(61).toNanos(), Duration.ZERO, Duration.ofSeconds(60));
    }

    @Test
    void theLiveHeapIsMeasuredAThirdOfTheWayInAndAtTheEnd() {
        HeapWatch watch = new HeapWatch(minuteAgo(), true);

        watch.tick(System.nanoTime());
        watch.tick(System.nanoTime());
        HeapReport report = watch.report(0.2);

        assertNotNull(report);
        assertTrue(report.afterFirstThirdMb() > 0 && report.atEndMb() > 0, report.toString());
        assertEquals((report.atEndMb() - report.afterFirstThirdMb()) / report.afterFirstThirdMb(), report.growth(), 1e-9);
    }

    @Test
    void nothingIsMeasuredWithoutALimitOrInAShortRun() {
        HeapWatch off = new HeapWatch(minuteAgo(), false);
        HeapWatch shortRun = new HeapWatch(new RunClock(System.nanoTime() - Duration.ofSeconds(21).toNanos(), Duration.ZERO,
                Duration.ofSeconds(20)), true);

        off.tick(System.nanoTime());
        off.tick(System.nanoTime());
        shortRun.tick(System.nanoTime());
        shortRun.tick(System.nanoTime());

        assertNull(off.report(null));
        assertNull(shortRun.report(0.2));
    }
}
