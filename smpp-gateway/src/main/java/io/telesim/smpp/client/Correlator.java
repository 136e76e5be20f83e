package io.telesim.smpp.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remote message id to local reference, for delivery receipts. Bounded twice: an entry expires
 * {@code ttlNanos} after it was made, and beyond {@code capacity} entries the oldest go. Receipts whose id
 * is not known yet (their submit_sm_resp is still being processed) wait in a second, equally bounded map
 * for {@code earlyTtlNanos}. Both maps are in insertion order, so expiry walks from the head. Times are
 * {@link TimeSource#nanoTime()} readings. Every receipt that is dropped unmatched is counted.
 */
final class Correlator {
    private record Entry(long localRef, long expiresAt) {}

    private record Early(List<Receipt> receipts, long expiresAt) {}

    /** What a receipt matched: the local reference, or none (the receipt was kept as early or dropped). */
    record Match(boolean matched, long localRef) {
        static final Match NONE = new Match(false, 0);
    }

    private final long ttlNanos;
    private final long earlyTtlNanos;
    private final int capacity;
    private final LinkedHashMap<String, Entry> byRemoteId = new LinkedHashMap<>();
    private final LinkedHashMap<String, Early> early = new LinkedHashMap<>();
    private long unmatched;

    Correlator(long ttlNanos, long earlyTtlNanos, int capacity) {
        this.ttlNanos = ttlNanos;
        this.earlyTtlNanos = earlyTtlNanos;
        this.capacity = capacity;
    }

    /**
     * A message was accepted under {@code remoteId}. Returns the receipts that arrived for it already, in
     * arrival order; the id is kept for later receipts when {@code expectReceipts} and none of those was
     * final.
     */
    synchronized List<Receipt> accepted(String remoteId, long localRef, boolean expectReceipts, long now) {
        sweep(now);
        Early waiting = early.remove(remoteId);
        List<Receipt> receipts = waiting == null ? List.of() : waiting.receipts();
        boolean finished = receipts.stream().anyMatch(Receipt::isFinal);
        if ((expectReceipts || !receipts.isEmpty()) && !finished) {
            byRemoteId.remove(remoteId);
            byRemoteId.put(remoteId, new Entry(localRef, now + ttlNanos));
            trim(byRemoteId, false);
        }
        return receipts;
    }

    /**
     * A receipt arrived. Matched: the id is forgotten when the receipt is final. Not matched (never known,
     * or expired): kept as an early receipt, counted unmatched when that expires in turn.
     */
    synchronized Match receipt(Receipt receipt, long now) {
        sweep(now);
        Entry entry = byRemoteId.get(receipt.messageId());
        if (entry != null) {
            if (receipt.isFinal()) {
                byRemoteId.remove(receipt.messageId());
            }
            return new Match(true, entry.localRef());
        }
        Early waiting = early.get(receipt.messageId());
        if (waiting == null) {
            waiting = new Early(new ArrayList<>(2), now + earlyTtlNanos);
            early.put(receipt.messageId(), waiting);
            trim(early, true);
        }
        waiting.receipts().add(receipt);
        return Match.NONE;
    }

    /** Puts back an entry that a final receipt removed, when reporting that receipt failed (it will come again). */
    synchronized void restore(String remoteId, long localRef, long now) {
        byRemoteId.putIfAbsent(remoteId, new Entry(localRef, now + ttlNanos));
        trim(byRemoteId, false);
    }

    /** Drops what has expired. */
    synchronized void sweep(long now) {
        for (Iterator<Entry> it = byRemoteId.values().iterator(); it.hasNext(); ) {
            if (now - it.next().expiresAt() < 0) {
                break;
            }
            it.remove();
        }
        for (Iterator<Early> it = early.values().iterator(); it.hasNext(); ) {
            Early next = it.next();
            if (now - next.expiresAt() < 0) {
                break;
            }
            unmatched += next.receipts().size();
            it.remove();
        }
    }

    synchronized long unmatched() {
        return unmatched;
    }

    synchronized int size() {
        return byRemoteId.size();
    }

    synchronized int earlySize() {
        return early.size();
    }

    private <V> void trim(LinkedHashMap<String, V> map, boolean countUnmatched) {
        Iterator<Map.Entry<String, V>> it = map.entrySet().iterator();
        while (map.size() > capacity && it.hasNext()) {
            V value = it.next().getValue();
            if (countUnmatched && value instanceof Early e) {
                unmatched += e.receipts().size();
            }
            it.remove();
        }
    }
}
