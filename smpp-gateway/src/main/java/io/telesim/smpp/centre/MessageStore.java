package io.telesim.smpp.centre;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The messages the SMS centre holds: those still to be delivered (at most {@code maxPending}), and the
 * latest {@code retainFinished} that ended, so query_sm can still answer for them. Also remembers which
 * messages wait for which handset, so a handset switched on gets them at once. Thread-safe.
 */
final class MessageStore {

    private final int maxPending;
    private final int retainFinished;
    private final Map<Long, SmsMessage> messages = new ConcurrentHashMap<>();
    private final Map<Long, Set<SmsMessage>> waitingForHandset = new ConcurrentHashMap<>();
    /** The copies of each submit_multi, by the id of its first copy (the id its sender was given). */
    private final Map<Long, List<SmsMessage>> groups = new ConcurrentHashMap<>();
    private final Queue<Long> finishedOrder = new ConcurrentLinkedQueue<>();
    private final AtomicInteger finishedCount = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();

    MessageStore(int maxPending, int retainFinished) {
        this.maxPending = maxPending;
        this.retainFinished = retainFinished;
    }

    /** Takes a place for one more pending message; false when the store is full. */
    boolean reserve() {
        while (true) {
            int now = pending.get();
            if (now >= maxPending) {
                return false;
            }
            if (pending.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Gives back a place taken by {@link #reserve()} for a message that was not stored after all. */
    void unreserve() {
        pending.decrementAndGet();
    }

    void add(SmsMessage message) {
        messages.put(message.id(), message);
    }

    SmsMessage get(long id) {
        return messages.get(id);
    }

    /** Adds another copy of the submit_multi whose first copy has id {@code groupId}. */
    void addCopy(long groupId, SmsMessage copy) {
        groups.computeIfAbsent(groupId, id -> {
            List<SmsMessage> copies = new CopyOnWriteArrayList<>();
            SmsMessage first = messages.get(id);
            if (first != null) {
                copies.add(first);
            }
            return copies;
        }).add(copy);
    }

    /** Every copy of the message with {@code id}: its submit_multi's copies, or the message alone. */
    List<SmsMessage> copies(long id) {
        List<SmsMessage> copies = groups.get(id);
        if (copies != null) {
            return copies;
        }
        SmsMessage message = messages.get(id);
        return message == null ? List.of() : List.of(message);
    }

    /** Every message still pending: for cancel_sm by addresses. */
    List<SmsMessage> pendingMessages() {
        List<SmsMessage> list = new ArrayList<>();
        for (SmsMessage message : messages.values()) {
            if (!message.isFinal()) {
                list.add(message);
            }
        }
        return list;
    }

    /** Call once for each message that reached a final state. */
    void finished(SmsMessage message) {
        pending.decrementAndGet();
        stopWaiting(message);
        finishedOrder.add(message.id());
        if (finishedCount.incrementAndGet() > retainFinished) {
            Long oldest = finishedOrder.poll();
            if (oldest != null) {
                finishedCount.decrementAndGet();
                messages.remove(oldest);
                groups.remove(oldest);
            }
        }
    }

    void waitForHandset(SmsMessage message) {
        waitingForHandset.computeIfAbsent(message.submission().destination(), number -> ConcurrentHashMap.newKeySet()).add(message);
    }

    /** The messages waiting for {@code msisdn}'s handset, no longer marked as waiting. */
    List<SmsMessage> takeWaiting(long msisdn) {
        Set<SmsMessage> waiting = waitingForHandset.remove(msisdn);
        return waiting == null ? List.of() : new ArrayList<>(waiting);
    }

    private void stopWaiting(SmsMessage message) {
        waitingForHandset.computeIfPresent(message.submission().destination(), (number, set) -> {
            set.remove(message);
            return set.isEmpty() ? null : set;
        });
    }

    int pending() {
        return pending.get();
    }
}
