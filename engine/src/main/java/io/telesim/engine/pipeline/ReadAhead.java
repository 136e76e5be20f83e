package io.telesim.engine.pipeline;

import com.lmax.disruptor.RingBuffer;

/**
 * Reads ahead, for a stage, what the next {@value #GROUP} commands of its batch will need, before the
 * stage handles them: first where each one's data lies (an index lookup), then the data itself. At a
 * million subscribers each of those reads is a cache miss; issued back to back, independent of each other,
 * the misses overlap instead of stalling the stage thread one command at a time. Reading is all it does:
 * the commands of a stage's batch are published to it, so reading them early is safe.
 */
final class ReadAhead {

    static final int GROUP = 16;

    /** What a stage reads ahead. Both methods only read. */
    interface Target {

        /** Where the data {@code slot} will need lies; negative when there is none. Reads the index only. */
        long locate(CommandSlot slot);

        /** Reads the data at {@code location}; returns a value to keep (0 for a negative location). */
        long touch(long location);
    }

    private final RingBuffer<CommandSlot> ring;
    private final Target target;
    private final long[] locations = new long[GROUP];
    /** The size of the batch about to start, until its first command arrives. */
    private long startingBatch;
    private long batchEnd = -1;
    /** The first sequence after the group read ahead. */
    private long groupEnd = -1;
    /** What the touches read, kept so that the JIT cannot drop them. */
    private long touched;

    ReadAhead(RingBuffer<CommandSlot> ring, Target target) {
        this.ring = ring;
        this.target = target;
    }

    /** From the stage's {@code onBatchStart}. */
    void batchStarts(long batchSize) {
        startingBatch = batchSize;
    }

    /** From the stage's {@code onEvent}, before it handles {@code sequence}. */
    void before(long sequence) {
        if (startingBatch > 0) {
            batchEnd = sequence + startingBatch - 1;
            startingBatch = 0;
            groupEnd = sequence;
        }
        if (sequence != groupEnd) {
            return;
        }
        groupEnd = Math.min(sequence + GROUP, batchEnd + 1);
        int count = (int) (groupEnd - sequence);
        long kept = 0;
        for (int i = 0; i < count; i++) {
            CommandSlot slot = ring.get(sequence + i);
            kept += slot.touch();
            locations[i] = target.locate(slot);
        }
        for (int i = 0; i < count; i++) {
            kept += target.touch(locations[i]);
        }
        touched += kept;
    }
}
