package io.telesim.smpp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsmpp.bean.MessageState;
import org.junit.jupiter.api.Test;

class CorrelatorTest {
    private static final long SECOND = 1_000_000_000L;

    private static Receipt receipt(String id, MessageState state) {
        return new Receipt(id, state, 0, 0);
    }

    @Test
    void aFinalReceiptMatchesOnceAndAnIntermediateOneKeepsTheId() {
        Correlator c = new Correlator(60 * SECOND, 10 * SECOND, 100);
        assertEquals(List.of(), c.accepted("A", 1, true, 0));
        assertEquals(new Correlator.Match(true, 1), c.receipt(receipt("A", MessageState.ENROUTE), SECOND));
        assertEquals(new Correlator.Match(true, 1), c.receipt(receipt("A", MessageState.DELIVERED), 2 * SECOND));
        assertFalse(c.receipt(receipt("A", MessageState.DELIVERED), 3 * SECOND).matched());
        assertEquals(0, c.size());
    }

    @Test
    void earlyReceiptsAreHandedOverOnAcceptance() {
        Correlator c = new Correlator(60 * SECOND, 10 * SECOND, 100);
        assertFalse(c.receipt(receipt("B", MessageState.ENROUTE), 0).matched());
        assertFalse(c.receipt(receipt("B", MessageState.DELIVERED), 0).matched());
        List<Receipt> early = c.accepted("B", 2, true, SECOND);
        assertEquals(List.of(MessageState.ENROUTE, MessageState.DELIVERED),
                early.stream().map(Receipt::state).toList());
        assertEquals(0, c.size()); // its final receipt came already
        assertEquals(0, c.earlySize());
        assertEquals(0, c.unmatched());
    }

    @Test
    void entriesExpireAndEarlyReceiptsThatExpireCountAsUnmatched() {
        Correlator c = new Correlator(60 * SECOND, 10 * SECOND, 100);
        c.accepted("C", 3, true, 0);
        assertFalse(c.receipt(receipt("C", MessageState.DELIVERED), 61 * SECOND).matched());
        assertEquals(0, c.unmatched());
        c.sweep(71 * SECOND);
        assertEquals(1, c.unmatched());
        assertEquals(0, c.size());
        assertEquals(0, c.earlySize());
    }

    @Test
    void bothMapsAreBoundedByTheCapacity() {
        Correlator c = new Correlator(60 * SECOND, 10 * SECOND, 3);
        for (int i = 0; i < 10; i++) {
            c.accepted("id" + i, i, true, 0);
            c.receipt(receipt("early" + i, MessageState.DELIVERED), 0);
        }
        assertEquals(3, c.size());
        assertEquals(3, c.earlySize());
        assertEquals(7, c.unmatched());
        assertTrue(c.receipt(receipt("id9", MessageState.DELIVERED), 0).matched());
        assertFalse(c.receipt(receipt("id0", MessageState.DELIVERED), 0).matched());
    }

    @Test
    void messagesThatWantNoReceiptAreNotKept() {
        Correlator c = new Correlator(60 * SECOND, 10 * SECOND, 100);
        c.accepted("D", 4, false, 0);
        assertEquals(0, c.size());
    }
}
