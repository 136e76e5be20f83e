package io.telesim.scenarios.run;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import io.telesim.scenarios.model.TrafficKind;

/**
 * What one traffic did, recorded from any thread as it happens. An event (a call, a message, a USSD session...) is
 * sent, then ends succeeded, refused (by the operator, with its reason) or in error (busy, throttled, no answer...).
 * Its requests' latencies are measured from when each was due, not from when it was sent, so a generator or operator
 * that falls behind is charged for the wait (coordinated omission). Counts and percentiles cover the events due after
 * the warm-up; the per-second series cover the whole run.
 *
 * <p>Latencies go into HdrHistogram {@link Recorder}s (wait-free for the recording threads); one thread, the run's
 * progress loop, {@link #collect}s them once a second.
 */
public final class TrafficStats {

    private final String name;
    private final TrafficKind kind;
    private final RunClock clock;
    private final long offered;
    private final int[] offeredPerSecond;

    private final LongAdder sent = new LongAdder();
    private final LongAdder succeeded = new LongAdder();
    private final LongAdder refusedCount = new LongAdder();
    private final LongAdder errorCount = new LongAdder();
    private final Map<String, LongAdder> refused = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicLongArray sentPerSecond;
    private final AtomicLongArray succeededPerSecond;
    private final AtomicLongArray failedPerSecond;
    private final double[] p99PerSecond;

    private final Recorder measuredLatency = new Recorder(3);
    private final Recorder everyLatency = new Recorder(3);
    private final Recorder receiptLatency = new Recorder(3);
    private final Recorder lateness = new Recorder(3);
    private final Histogram latency = new Histogram(3);
    private final Histogram receipts = new Histogram(3);
    private final Histogram late = new Histogram(3);
    private Histogram interval;
    private Histogram receiptInterval;
    private Histogram latenessInterval;
    private Histogram everyInterval;
    private volatile double lastP99Nanos;

    /** @param arrivals the traffic's events' offsets from the start (what is offered) */
    public TrafficStats(String name, TrafficKind kind, RunClock clock, long[] arrivals) {
        this.name = name;
        this.kind = kind;
        this.clock = clock;
        int seconds = clock.seconds();
        this.offeredPerSecond = new int[seconds];
        long measured = 0;
        for (long offset : arrivals) {
            offeredPerSecond[clock.secondOf(clock.startNanos() + offset)]++;
            if (clock.measured(clock.startNanos() + offset)) {
                measured++;
            }
        }
        this.offered = measured;
        this.sentPerSecond = new AtomicLongArray(seconds);
        this.succeededPerSecond = new AtomicLongArray(seconds);
        this.failedPerSecond = new AtomicLongArray(seconds);
        this.p99PerSecond = new double[seconds];
    }

    public String name() {
        return name;
    }

    public TrafficKind kind() {
        return kind;
    }

    /** An event due at {@code dueNanos} was sent at {@code nowNanos}; it is in flight until it ends. */
    public void sent(long dueNanos, long nowNanos) {
        inFlight.incrementAndGet();
        sentPerSecond.incrementAndGet(clock.secondOf(nowNanos));
        if (clock.measured(dueNanos)) {
            sent.increment();
            lateness.recordValue(Math.max(0, nowNanos - dueNanos));
        }
    }

    /** A request of an event due at {@code dueNanos} was answered {@code latencyNanos} after it was due. */
    public void latency(long dueNanos, long latencyNanos) {
        long value = Math.max(0, latencyNanos);
        everyLatency.recordValue(value);
        if (clock.measured(dueNanos)) {
            measuredLatency.recordValue(value);
        }
    }

    /** A delivery receipt came {@code latencyNanos} after its message was due. */
    public void receipt(long dueNanos, long latencyNanos) {
        if (clock.measured(dueNanos)) {
            receiptLatency.recordValue(Math.max(0, latencyNanos));
        }
    }

    public void succeeded(long dueNanos, long nowNanos) {
        ended(dueNanos, nowNanos, succeededPerSecond);
        if (clock.measured(dueNanos)) {
            succeeded.increment();
        }
    }

    /** The operator refused the event, saying why. */
    public void refused(long dueNanos, long nowNanos, String reason) {
        ended(dueNanos, nowNanos, failedPerSecond);
        if (clock.measured(dueNanos)) {
            refusedCount.increment();
            refused.computeIfAbsent(reason, r -> new LongAdder()).increment();
        }
    }

    /** The event failed for a reason that is not a business answer: busy, throttled, no answer, a broken connection. */
    public void error(long dueNanos, long nowNanos, String reason) {
        ended(dueNanos, nowNanos, failedPerSecond);
        if (clock.measured(dueNanos)) {
            errorCount.increment();
            errors.computeIfAbsent(reason, r -> new LongAdder()).increment();
        }
    }

    /** An event never sent (the generator could not start it): an error that was never in flight. */
    public void notSent(long dueNanos, long nowNanos, String reason) {
        inFlight.incrementAndGet();
        error(dueNanos, nowNanos, reason);
    }

    /** {@code count} events still in flight when the run stopped waiting for them: errors with no due time to date them. */
    public void abandoned(long count) {
        if (count > 0) {
            errorCount.add(count);
            errors.computeIfAbsent("still unanswered when the run ended", r -> new LongAdder()).add(count);
        }
    }

    private void ended(long dueNanos, long nowNanos, AtomicLongArray perSecond) {
        inFlight.decrementAndGet();
        perSecond.incrementAndGet(clock.secondOf(nowNanos));
    }

    /** Takes what the recorders gathered since the last call; the progress loop's thread only. */
    public void collect(long nowNanos) {
        interval = measuredLatency.getIntervalHistogram(interval);
        latency.add(interval);
        receiptInterval = receiptLatency.getIntervalHistogram(receiptInterval);
        receipts.add(receiptInterval);
        latenessInterval = lateness.getIntervalHistogram(latenessInterval);
        late.add(latenessInterval);
        everyInterval = everyLatency.getIntervalHistogram(everyInterval);
        if (everyInterval.getTotalCount() > 0) {
            lastP99Nanos = everyInterval.getValueAtPercentile(99);
            int second = clock.secondOf(nowNanos - 1);
            p99PerSecond[second] = Math.max(p99PerSecond[second], lastP99Nanos);
        }
    }

    public long offered() {
        return offered;
    }

    public long sentCount() {
        return sent.sum();
    }

    public long succeededCount() {
        return succeeded.sum();
    }

    public long refusedCount() {
        return refusedCount.sum();
    }

    public long errorCount() {
        return errorCount.sum();
    }

    /** Events sent and not yet ended. */
    public long inFlight() {
        return inFlight.get();
    }

    public Map<String, Long> refusedByReason() {
        return snapshot(refused);
    }

    public Map<String, Long> errorsByReason() {
        return snapshot(errors);
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counts) {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((reason, count) -> copy.put(reason, count.sum()));
        return copy;
    }

    /** Measured request latencies so far (as of the last {@link #collect}), in nanoseconds. */
    public Histogram latency() {
        return latency;
    }

    public Histogram receiptLatency() {
        return receipts;
    }

    /** How late measured events were sent after they were due. */
    public Histogram lateness() {
        return late;
    }

    /** The p99 latency of the last second collected, in nanoseconds. */
    public double lastSecondP99Nanos() {
        return lastP99Nanos;
    }

    public int[] offeredPerSecond() {
        return offeredPerSecond.clone();
    }

    /** Events sent in second {@code second} of the run. */
    public long sentIn(int second) {
        return second < 0 || second >= sentPerSecond.length() ? 0 : sentPerSecond.get(second);
    }

    public long[] sentPerSecond() {
        return toArray(sentPerSecond);
    }

    public long[] succeededPerSecond() {
        return toArray(succeededPerSecond);
    }

    public long[] failedPerSecond() {
        return toArray(failedPerSecond);
    }

    public double[] p99PerSecondNanos() {
        return p99PerSecond.clone();
    }

    private static long[] toArray(AtomicLongArray array) {
        long[] copy = new long[array.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = array.get(i);
        }
        return copy;
    }
}
