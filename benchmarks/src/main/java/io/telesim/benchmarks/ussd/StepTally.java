package io.telesim.benchmarks.ussd;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What the virtual handsets count: steps answered as the script says, sessions completed, failures (a wrong status,
 * body or screen, or a lost connection), and each step's latency, from the write of its request to its whole answer
 * read, in an HdrHistogram {@link Recorder}. Written by the client's event loop threads; read by one thread.
 */
final class StepTally {

    private static final long HIGHEST = TimeUnit.SECONDS.toNanos(60);
    private static final int FAILURES_SHOWN = 5;

    private final LongAdder steps = new LongAdder();
    private final LongAdder sessions = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final AtomicInteger failuresShown = new AtomicInteger();
    private final Recorder latency = new Recorder(HIGHEST, 3);

    void step(long nanos) {
        latency.recordValue(Math.min(HIGHEST, Math.max(0, nanos)));
        steps.increment();
    }

    void session() {
        sessions.increment();
    }

    /** A failed step; the first few are described on the error stream. */
    void failure(String what) {
        failures.increment();
        if (failuresShown.getAndIncrement() < FAILURES_SHOWN) {
            System.err.println("handset failure: " + what);
        }
    }

    long steps() {
        return steps.sum();
    }

    long sessions() {
        return sessions.sum();
    }

    long failures() {
        return failures.sum();
    }

    /** The latencies recorded since the last call. */
    Histogram interval() {
        return latency.getIntervalHistogram();
    }
}
