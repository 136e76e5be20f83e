package io.telesim.smpp.load;

import java.util.concurrent.ConcurrentHashMap;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Matches delivery receipts to accepted submits by message id, across all binds (an SMSC may deliver a receipt on
 * any bind of the system_id), and records submit-to-receipt latency. A receipt may come before the
 * {@code submit_sm_resp} that tells its message id; whichever of the two comes second records the latency.
 *
 * <p>Many reader threads call it. An entry holds a submit time (0 or more, nanoseconds since the run's origin) or,
 * for a receipt that came first, its time as {@code -time - 1}. A message id seen twice the same way (two submits,
 * or two receipts) is not matched again.
 */
final class ReceiptMatcher {

    private final ConcurrentHashMap<String, Long> waiting = new ConcurrentHashMap<>();
    private final Recorder latency = new Recorder(3);
    private final long originNanos;
    private final LoadObserver observer;

    ReceiptMatcher(long originNanos, LoadObserver observer) {
        this.originNanos = originNanos;
        this.observer = observer;
    }

    void accepted(String messageId, long submitNanos) {
        long submitted = submitNanos - originNanos;
        Long receiptFirst = waiting.putIfAbsent(messageId, submitted);
        if (receiptFirst != null && receiptFirst < 0) {
            waiting.remove(messageId);
            record(messageId, -receiptFirst - 1 - submitted);
        }
    }

    void receipt(String messageId, long receiptNanos) {
        long received = receiptNanos - originNanos;
        Long submitted = waiting.putIfAbsent(messageId, -received - 1);
        if (submitted != null && submitted >= 0) {
            waiting.remove(messageId);
            record(messageId, received - submitted);
        }
    }

    /** The latencies recorded since the last call. One reading thread. */
    Histogram takeLatencies() {
        return latency.getIntervalHistogram();
    }

    private void record(String messageId, long nanos) {
        long latencyNanos = Math.max(0, nanos);
        latency.recordValue(latencyNanos);
        observer.receipt(messageId, latencyNanos);
    }
}
