package io.telesim.smpp.concat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReassemblerTest {

    private static final long RECIPIENT = 79_160_000_001L;
    private static final long TIMEOUT = 60_000;

    private final Reassembler reassembler = new Reassembler(4, TIMEOUT);

    @Test
    void shouldJoinThePartsInOrderWhateverOrderTheyCameIn() {
        assertNull(reassembler.offer("3339", RECIPIENT, new ConcatPart(7, 3, 3), "three", 0));
        assertNull(reassembler.offer("3339", RECIPIENT, new ConcatPart(7, 3, 1), "one ", 10));
        assertEquals(1, reassembler.pending());

        Reassembled whole = reassembler.offer("3339", RECIPIENT, new ConcatPart(7, 3, 2), "two ", 20);

        assertEquals(new Reassembled("3339", RECIPIENT, "one two three", 3), whole);
        assertEquals(0, reassembler.pending());
    }

    @Test
    void shouldReturnAOnePartMessageAtOnce() {
        assertEquals(new Reassembled("Telesim", RECIPIENT, "hi", 1), reassembler.offer("Telesim", RECIPIENT, new ConcatPart(0, 1, 1), "hi", 0));
        assertEquals(0, reassembler.pending());
    }

    @Test
    void shouldLetARepeatedPartReplaceTheEarlierCopy() {
        reassembler.offer("3339", RECIPIENT, new ConcatPart(7, 2, 1), "first try ", 0);
        assertNull(reassembler.offer("3339", RECIPIENT, new ConcatPart(7, 2, 1), "second try ", 1));

        assertEquals("second try end", reassembler.offer("3339", RECIPIENT, new ConcatPart(7, 2, 2), "end", 2).text());
    }

    @Test
    void shouldKeepMessagesApartBySenderRecipientReferenceAndTotal() {
        reassembler.offer("A", RECIPIENT, new ConcatPart(1, 2, 1), "A1 ", 0);
        reassembler.offer("B", RECIPIENT, new ConcatPart(1, 2, 1), "B1 ", 0);
        reassembler.offer("A", RECIPIENT + 1, new ConcatPart(1, 2, 1), "A1' ", 0);
        reassembler.offer("A", RECIPIENT, new ConcatPart(1, 3, 1), "A1'' ", 0);
        assertEquals(4, reassembler.pending());

        assertEquals("B1 B2", reassembler.offer("B", RECIPIENT, new ConcatPart(1, 2, 2), "B2", 1).text());
        assertEquals("A1 A2", reassembler.offer("A", RECIPIENT, new ConcatPart(1, 2, 2), "A2", 1).text());
        assertEquals(2, reassembler.pending());
    }

    @Test
    void shouldGiveUpOnAMessageWhosePartsStoppedComingAndMarkTheGaps() {
        reassembler.offer("3339", RECIPIENT, new ConcatPart(7, 4, 1), "one ", 0);
        reassembler.offer("3339", RECIPIENT, new ConcatPart(7, 4, 3), " three", 1_000);

        assertEquals(List.of(), reassembler.expire(1_000 + TIMEOUT - 1));
        List<Reassembled> given = reassembler.expire(1_000 + TIMEOUT);

        assertEquals(List.of(new Reassembled("3339", RECIPIENT, "one [part 2 of 4 missing] three[part 4 of 4 missing]", 4)), given);
        assertEquals(0, reassembler.pending());
    }

    @Test
    void shouldCountTheTimeoutFromTheLatestPart() {
        reassembler.offer("old", RECIPIENT, new ConcatPart(1, 2, 1), "x", 0);
        reassembler.offer("new", RECIPIENT, new ConcatPart(1, 2, 1), "y", 10_000);
        reassembler.offer("old", RECIPIENT, new ConcatPart(1, 2, 1), "x", 20_000);

        List<Reassembled> given = reassembler.expire(10_000 + TIMEOUT);

        assertEquals(1, given.size());
        assertEquals("new", given.get(0).sender());
        assertEquals(1, reassembler.pending());
    }

    @Test
    void shouldPushOutTheMessageHeardFromLongestAgoWhenFull() {
        for (int sender = 0; sender < 4; sender++) {
            reassembler.offer("s" + sender, RECIPIENT, new ConcatPart(1, 2, 2), "tail" + sender, sender);
        }
        reassembler.offer("s0", RECIPIENT, new ConcatPart(1, 2, 2), "tail0", 10);

        assertNull(reassembler.offer("s4", RECIPIENT, new ConcatPart(1, 2, 1), "head4", 11));

        assertEquals(4, reassembler.pending());
        assertEquals(1, reassembler.pushedOut());
        List<Reassembled> given = reassembler.expire(12);
        assertEquals(List.of(new Reassembled("s1", RECIPIENT, "[part 1 of 2 missing]tail1", 2)), given);
        assertEquals(0, reassembler.pushedOut());
    }

    @Test
    void shouldHoldNoMoreThanItsLimitOfPushedOutMessagesWhenNobodyExpiresThem() {
        for (int i = 0; i < 50; i++) {
            reassembler.offer("s" + i, RECIPIENT, new ConcatPart(1, 2, 1), "x", i);
        }

        assertEquals(4, reassembler.pending());
        assertEquals(4, reassembler.pushedOut());
        assertEquals(42, reassembler.lost());
        List<Reassembled> given = reassembler.expire(49 + TIMEOUT);
        assertEquals(8, given.size());
        assertEquals("s42", given.get(0).sender());
        assertEquals("s49", given.get(7).sender());
    }

    @Test
    void shouldKeepOrderWhenTheClockStepsBack() {
        reassembler.offer("a", RECIPIENT, new ConcatPart(1, 2, 1), "x", 5_000);
        reassembler.offer("b", RECIPIENT, new ConcatPart(1, 2, 1), "x", 1_000);

        List<Reassembled> given = reassembler.expire(5_000 + TIMEOUT);

        assertEquals(2, given.size());
        assertTrue(given.stream().allMatch(message -> message.text().equals("x[part 2 of 2 missing]")));
    }

    @Test
    void shouldRefuseNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new Reassembler(0, TIMEOUT));
        assertThrows(IllegalArgumentException.class, () -> new Reassembler(1, 0));
    }
}
