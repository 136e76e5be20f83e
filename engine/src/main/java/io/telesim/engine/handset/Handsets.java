package io.telesim.engine.handset;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The subscribers' handsets as the network sees them: whether each one is switched on, and its SMS
 * inbox. The SMS centre delivers into it (and keeps messages for a switched-off handset until it comes
 * back); the USSD gateway's handsets and the web account read it and subscribe to new messages.
 * Thread-safe. An inbox keeps the newest {@code capacity} messages of its number.
 */
public final class Handsets {

    private final int capacity;
    private final Map<Long, ArrayDeque<InboxMessage>> inboxes = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<InboxMessage>>> subscribers = new ConcurrentHashMap<>();
    private final Set<Long> switchedOff = ConcurrentHashMap.newKeySet();
    private final List<LongConsumer> switchOnListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong nextId = new AtomicLong();

    public Handsets(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("an inbox holds at least one message, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** Inboxes of 100 messages. */
    public Handsets() {
        this(100);
    }

    /** True unless the handset of {@code msisdn} was switched off. */
    public boolean reachable(long msisdn) {
        return !switchedOff.contains(msisdn);
    }

    public void switchOff(long msisdn) {
        switchedOff.add(msisdn);
    }

    /** Switches the handset on and tells the listeners, so messages waiting for it go out at once. */
    public void switchOn(long msisdn) {
        if (switchedOff.remove(msisdn)) {
            for (LongConsumer listener : switchOnListeners) {
                listener.accept(msisdn);
            }
        }
    }

    /** Calls {@code listener} with the number of every handset switched back on. */
    public void onSwitchOn(LongConsumer listener) {
        switchOnListeners.add(listener);
    }

    /** Puts a message into the inbox of {@code recipient} and hands it to that number's subscribers. */
    public InboxMessage deliver(long recipient, String sender, String text, long time) {
        InboxMessage message = new InboxMessage(nextId.incrementAndGet(), recipient, sender, text, time);
        ArrayDeque<InboxMessage> inbox = inboxes.computeIfAbsent(recipient, number -> new ArrayDeque<>());
        synchronized (inbox) {
            if (inbox.size() == capacity) {
                inbox.pollFirst();
            }
            inbox.addLast(message);
        }
        for (Consumer<InboxMessage> subscriber : subscribers.getOrDefault(recipient, List.of())) {
            subscriber.accept(message);
        }
        return message;
    }

    /** The inbox of {@code msisdn}, newest first. */
    public List<InboxMessage> inbox(long msisdn) {
        ArrayDeque<InboxMessage> inbox = inboxes.get(msisdn);
        if (inbox == null) {
            return List.of();
        }
        List<InboxMessage> newestFirst = new ArrayList<>();
        synchronized (inbox) {
            for (Iterator<InboxMessage> it = inbox.descendingIterator(); it.hasNext(); ) {
                newestFirst.add(it.next());
            }
        }
        return newestFirst;
    }

    /**
     * Hands every new message for {@code msisdn} to {@code subscriber} (on the delivering thread: return
     * quickly) until the returned handle is closed.
     */
    public AutoCloseable subscribe(long msisdn, Consumer<InboxMessage> subscriber) {
        subscribers.computeIfAbsent(msisdn, number -> new CopyOnWriteArrayList<>()).add(subscriber);
        return () -> subscribers.computeIfPresent(msisdn, (number, list) -> {
            list.remove(subscriber);
            return list.isEmpty() ? null : list;
        });
    }
}
