package io.telesim.engine.statement;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The heads of the numbers the open chunk has records of, as the writer sees them: copies of their heads
 * that the chunk's appends advance, published to the heads map (where readers find them) only once the
 * chunk is committed. So a reader never follows a head into a chunk it cannot read yet, and after a crash
 * the heads hold nothing of a chunk that never reached the log. Writer only; allocation-free.
 */
final class PendingHeads {

    /** Twice a chunk's records, so the open-addressed table stays at most half full. */
    private static final int CAPACITY = 2 * ChunkLayout.MAX_RECORDS;
    private static final int MASK = CAPACITY - 1;

    private final long[] numbers = new long[CAPACITY];
    private final int[] entryOf = new int[CAPACITY];
    private final long[] headAddresses = new long[ChunkLayout.MAX_RECORDS];
    private final UnsafeBuffer copies = new UnsafeBuffer(ByteBuffer.allocateDirect(ChunkLayout.MAX_RECORDS * NumberChain.HEAD_LENGTH));
    private final UnsafeBuffer copy = new UnsafeBuffer(0, 0);
    private final UnsafeBuffer head = new UnsafeBuffer(0, 0);
    private int entries;

    /**
     * The writer's copy of {@code msisdn}'s head, made from {@code head} (the map's) when the chunk has no record
     * of the number yet. The returned buffer is reused by the next call.
     */
    UnsafeBuffer copyOf(long msisdn, UnsafeBuffer mapHead) {
        int slot = slotOf(msisdn);
        while (numbers[slot] != 0L) {
            if (numbers[slot] == msisdn) {
                return wrap(entryOf[slot]);
            }
            slot = (slot + 1) & MASK;
        }
        int entry = entries++;
        numbers[slot] = msisdn;
        entryOf[slot] = entry;
        headAddresses[entry] = mapHead.addressOffset();
        UnsafeBuffer copied = wrap(entry);
        copied.putBytes(0, mapHead, 0, NumberChain.HEAD_LENGTH);
        return copied;
    }

    /** Publishes every copy to its head in the map and forgets them: call once the chunk is committed. */
    void publish() {
        for (int entry = 0; entry < entries; entry++) {
            head.wrap(headAddresses[entry], NumberChain.HEAD_LENGTH);
            NumberChain.publish(wrap(entry), head);
        }
        if (entries > 0) {
            Arrays.fill(numbers, 0L);
            entries = 0;
        }
    }

    private UnsafeBuffer wrap(int entry) {
        copy.wrap(copies, entry * NumberChain.HEAD_LENGTH, NumberChain.HEAD_LENGTH);
        return copy;
    }

    private static int slotOf(long msisdn) {
        long mixed = msisdn * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & MASK;
    }
}
