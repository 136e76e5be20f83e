package io.telesim.simulator.web.mail;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

import io.telesim.simulator.web.store.JsonRecords;
import io.telesim.simulator.web.store.KeyValueStore;

/**
 * The local e-mail outbox: what the operator would have e-mailed (statements ordered by e-mail, F7) is kept
 * in the web store instead, and no mail leaves the machine. Durable as the store is; the admin API reads it
 * with {@link #list} and {@link #get}. Any number of instances over one store see the same messages.
 *
 * <p>A message's id starts with the time counted down from the far future, so the store's key order is
 * newest first and {@link #list} is one short scan.
 */
public final class Outbox {

    private static final String PREFIX = "outbox/";

    private final JsonRecords<OutboxMessage> messages;
    private final LongSupplier clock;

    /** @param clock epoch millis for the time a message is put in */
    public Outbox(KeyValueStore store, LongSupplier clock) {
        this.messages = new JsonRecords<>(store, PREFIX, OutboxMessage.class);
        this.clock = clock;
    }

    /** Puts a message with one attachment into the outbox and returns it with its id and time. */
    public OutboxMessage put(String to, String subject, String body, String attachmentName, String attachmentType, String attachment) {
        long now = clock.getAsLong();
        String id = String.format("%019d-%s", Long.MAX_VALUE - now,
                HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
        OutboxMessage message = new OutboxMessage(id, now, to, subject, body, attachmentName, attachmentType, attachment);
        messages.put(id, message);
        return message;
    }

    /** The newest {@code limit} messages, newest first. */
    public List<OutboxMessage> list(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be positive, got " + limit);
        }
        return messages.list("", limit);
    }

    /** The message with {@code id}, if the outbox holds it. */
    public Optional<OutboxMessage> get(String id) {
        if (id == null || id.isEmpty() || id.indexOf('/') >= 0) {
            return Optional.empty();
        }
        return messages.get(id);
    }
}
