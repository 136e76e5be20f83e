package io.telesim.engine.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.CommandType;
import io.telesim.engine.Reply;

/** The idempotency window: exactly the last {@code capacity} ids are found, each with its own first reply. */
class IdempotencyTableProperties {

    @Property(tries = 200)
    void findsExactlyTheIdsOfTheWindow(@ForAll @IntRange(min = 1, max = 64) int capacity,
                                       @ForAll("ids") List<Long> ids) {
        IdempotencyTable table = new IdempotencyTable(capacity);
        Deque<Long> window = new ArrayDeque<>();
        Set<Long> forgotten = new HashSet<>();
        Reply reply = new Reply();
        for (long id : ids) {
            boolean expected = window.contains(id);
            assertEquals(expected, table.find(id, reply), "id " + id + " in a window of " + capacity);
            if (expected) {
                assertEquals(id, reply.commandId());
                assertEquals(id % 1_000, reply.balance(), "the first reply of " + id);
                continue;
            }
            table.record(replyTo(id));
            window.addLast(id);
            if (window.size() > capacity) {
                forgotten.add(window.removeFirst());
            }
            forgotten.remove(id);
        }
        for (long id : window) {
            assertTrue(table.find(id, reply), "id " + id + " is still in the window");
        }
        for (long id : forgotten) {
            assertFalse(table.find(id, reply), "id " + id + " left the window");
        }
        assertEquals(window.size(), table.size());
    }

    @Provide
    Arbitrary<List<Long>> ids() {
        // a small id space, so that ids repeat both inside and outside the window
        return Arbitraries.longs().between(1, 200).list().ofMaxSize(600);
    }

    @Test
    void aFullWindowOfAMillionIdsIsFoundAfterEveryIdWasReplacedTwice() {
        int capacity = 1 << 20;
        IdempotencyTable table = new IdempotencyTable(capacity);
        for (long id = 1; id <= 3L * capacity; id++) {
            table.record(replyTo(id * 7_919));
        }
        Reply reply = new Reply();
        for (long id = 2L * capacity + 1; id <= 3L * capacity; id++) {
            assertTrue(table.find(id * 7_919, reply));
        }
        for (long id = 1; id <= 2L * capacity; id += 997) {
            assertFalse(table.find(id * 7_919, reply));
        }
    }

    @Test
    void refusesAWindowLargerThanItsBuffers() {
        assertThrows(IllegalArgumentException.class, () -> new IdempotencyTable(IdempotencyTable.MAX_CAPACITY + 1));
        assertThrows(IllegalArgumentException.class, () -> new IdempotencyTable(0));
    }

    private static Reply replyTo(long id) {
        Reply reply = new Reply();
        reply.head(id, CommandType.TOP_UP, 1_000, 79_160_000_000L);
        reply.outcome(Outcome.OK);
        reply.account(id % 1_000, AccountStatus.ACTIVE, 0, 0, 0, 0);
        return reply;
    }
}
