package io.telesim.simulator.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.telesim.simulator.web.store.MemoryKeyValueStore;

/** The local outbox: what goes in comes out by id, newest first, and another instance over the store sees it. */
class OutboxTest {

    private final MemoryKeyValueStore store = new MemoryKeyValueStore();
    private final AtomicLong clock = new AtomicLong(1_778_742_000_000L);
    private final Outbox outbox = new Outbox(store, clock::get);

    @Test
    void aMessageIsKeptWithItsAttachmentAndFoundByItsId() {
        OutboxMessage put = outbox.put("anna@example.com", "Statement", "Hello", "statement.csv", "text/csv", "time,number\r\n");

        OutboxMessage read = new Outbox(store, clock::get).get(put.id()).orElseThrow();

        assertEquals(put, read);
        assertEquals(clock.get(), read.time());
        assertEquals("time,number\r\n", read.attachment());
        assertTrue(outbox.get("no-such-id").isEmpty());
        assertTrue(outbox.get("").isEmpty());
        assertTrue(outbox.get(null).isEmpty());
    }

    @Test
    void listsNewestFirstUpToTheLimit() {
        OutboxMessage first = outbox.put("a@example.com", "1", "", "a.csv", "text/csv", "");
        clock.addAndGet(1_000);
        OutboxMessage second = outbox.put("b@example.com", "2", "", "b.csv", "text/csv", "");
        clock.addAndGet(1_000);
        OutboxMessage third = outbox.put("c@example.com", "3", "", "c.csv", "text/csv", "");

        assertEquals(List.of(third, second, first), outbox.list(10));
        assertEquals(List.of(third, second), outbox.list(2));
        assertThrows(IllegalArgumentException.class, () -> outbox.list(0));
    }

    @Test
    void twoMessagesOfTheSameMillisecondKeepApart() {
        OutboxMessage one = outbox.put("a@example.com", "1", "", "a.csv", "text/csv", "");
        OutboxMessage two = outbox.put("a@example.com", "2", "", "a.csv", "text/csv", "");
        assertNotEquals(one.id(), two.id());
        assertEquals(2, outbox.list(10).size());
    }
}
