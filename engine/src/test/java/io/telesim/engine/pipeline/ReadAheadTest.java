package io.telesim.engine.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.lmax.disruptor.RingBuffer;

/** A stage reads ahead each command of its batch once, a group before handling it, and never past the batch. */
class ReadAheadTest {

    private final RingBuffer<CommandSlot> ring = RingBuffer.createSingleProducer(CommandSlot::new, 64);
    private final List<Long> located = new ArrayList<>();
    private final List<Long> touched = new ArrayList<>();
    private final ReadAhead readAhead = new ReadAhead(ring, new ReadAhead.Target() {
        @Override
        public long locate(CommandSlot slot) {
            located.add(slot.msisdn);
            return slot.msisdn * 10;
        }

        @Override
        public long touch(long location) {
            touched.add(location);
            return location;
        }
    });

    ReadAheadTest() {
        for (int i = 0; i < 64; i++) {
            ring.get(i).msisdn = 1_000 + i;
        }
    }

    @Test
    void readsEveryCommandOfABatchOnceAndAGroupBeforeItIsHandled() {
        // a batch of 40 from sequence 10: groups of 16, 16 and 8
        readAhead.batchStarts(40);
        for (long sequence = 10; sequence < 50; sequence++) {
            readAhead.before(sequence);
            long groupEnd = Math.min(10 + ((sequence - 10) / ReadAhead.GROUP + 1) * ReadAhead.GROUP, 50);
            assertEquals(groupEnd - 10, located.size(), "located before handling " + sequence);
            assertEquals(1_000 + groupEnd - 1, (long) located.get(located.size() - 1));
        }
        for (int i = 0; i < 40; i++) {
            assertEquals(1_010 + i, (long) located.get(i));
            assertEquals((1_010 + i) * 10, (long) touched.get(i), "touched where locate pointed");
        }
    }

    @Test
    void aNewBatchStartsANewGroupEvenMidGroup() {
        readAhead.batchStarts(3);
        for (long sequence = 0; sequence < 3; sequence++) {
            readAhead.before(sequence);
        }
        assertEquals(List.of(1_000L, 1_001L, 1_002L), located, "a batch of 3 is read, nothing after it");
        readAhead.batchStarts(2);
        readAhead.before(3);
        readAhead.before(4);
        assertEquals(List.of(1_000L, 1_001L, 1_002L, 1_003L, 1_004L), located);
    }
}
