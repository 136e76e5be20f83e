package io.telesim.smpp.load;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one bind did. Its writer thread is the only writer of {@code submitted}, its reader thread of the rest; any
 * thread reads the counts while the run goes on, and the rejections per status once the reader has stopped.
 */
final class BindTally {

    private final Map<Integer, Long> rejectedByStatus = new TreeMap<>();
    private volatile long submitted;
    private volatile long accepted;
    private volatile long rejected;
    private volatile long receipts;
    private volatile long lastEventNanos = Long.MIN_VALUE;
    private volatile String failure;

    void submitted() {
        submitted++; // single writer
    }

    void accepted(long nowNanos) {
        accepted++; // single writer
        lastEventNanos = nowNanos;
    }

    void rejected(int commandStatus, long nowNanos) {
        rejectedByStatus.merge(commandStatus, 1L, Long::sum);
        rejected++; // single writer
        lastEventNanos = nowNanos;
    }

    void receipt(long nowNanos) {
        receipts++; // single writer
        lastEventNanos = nowNanos;
    }

    /** Keeps the first failure: the later ones are usually its consequences. */
    synchronized void failed(String what) {
        if (failure == null) {
            failure = what;
        }
    }

    long submittedCount() {
        return submitted;
    }

    long acceptedCount() {
        return accepted;
    }

    long rejectedCount() {
        return rejected;
    }

    long answeredCount() {
        return accepted + rejected;
    }

    long receiptCount() {
        return receipts;
    }

    /** The time of the last response or receipt; Long.MIN_VALUE before the first. */
    long lastEventNanos() {
        return lastEventNanos;
    }

    String failure() {
        return failure;
    }

    boolean hasFailed() {
        return failure != null;
    }

    /** Only once the reader thread has stopped. */
    Map<Integer, Long> rejectedByStatus() {
        return rejectedByStatus;
    }
}
