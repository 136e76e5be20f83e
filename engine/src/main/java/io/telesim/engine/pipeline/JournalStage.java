package io.telesim.engine.pipeline;

import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;

import com.lmax.disruptor.RingBuffer;

import io.telesim.engine.clock.EngineClock;

/**
 * The journal half of the writer stage: gives each command its time (never earlier than the one before,
 * so replay sees the same order of time) and journals every state-changing command: the commands of a
 * batch go into one journal record ({@link CommandPositions}), written when it is full and at the end of
 * the batch, which is then made durable as the fsync policy says.
 */
final class JournalStage {

    private final RingBuffer<CommandSlot> ring;
    private final EngineClock clock;
    private final CommandLog journal;
    private final UnsafeBuffer record = new UnsafeBuffer(BufferUtil.allocateDirectAligned(
            CommandPositions.PER_RECORD * CommandCodec.LENGTH, 64));
    /** The ring sequences of the commands in {@link #record}, in order. */
    private final long[] sequences = new long[CommandPositions.PER_RECORD];
    private int commands;
    private long lastTime;
    /** What {@link #readAhead} read, kept so that the JIT cannot drop the reads. */
    private long touched;

    JournalStage(RingBuffer<CommandSlot> ring, EngineClock clock, CommandLog journal) {
        this.ring = ring;
        this.clock = clock;
        this.journal = journal;
    }

    /**
     * Stamps and encodes the command; writes the record when it is full.
     *
     * @return true when a record was written: every command handed in so far is journaled (not yet durable)
     */
    boolean journal(CommandSlot slot, long sequence) {
        if ((sequence & (ReadAhead.GROUP - 1)) == 0) {
            readAhead(sequence);
        }
        long now = clock.now();
        lastTime = Math.max(lastTime, now);
        slot.time = lastTime;
        if (!slot.type().isJournaled()) {
            slot.journalPosition = 0;
            return false;
        }
        CommandCodec.encode(slot, record, commands * CommandCodec.LENGTH);
        sequences[commands++] = sequence;
        if (commands == CommandPositions.PER_RECORD) {
            writeRecord();
            return true;
        }
        return false;
    }

    /**
     * Reads the commands of the next {@value ReadAhead#GROUP} slots from {@code sequence} on, so that their cache
     * misses overlap (a full ring is far larger than the cache). Slots not yet published are read too: their
     * stale fields are only read, never used.
     */
    private void readAhead(long sequence) {
        long kept = 0;
        for (int i = 0; i < ReadAhead.GROUP; i++) {
            CommandSlot next = ring.get(sequence + i);
            kept += next.commandId + next.amount2;
        }
        touched += kept;
    }

    /** The end of a ring batch: writes what is left and makes the batch durable as the fsync policy says. */
    void endOfBatch() {
        if (commands > 0) {
            writeRecord();
        }
        journal.endOfBatch();
    }

    private void writeRecord() {
        long position = journal.append(record, 0, commands * CommandCodec.LENGTH);
        for (int place = 0; place < commands; place++) {
            ring.get(sequences[place]).journalPosition = CommandPositions.of(position, place);
        }
        commands = 0;
    }

    /** Continues time from the last replayed command after a restart. */
    void resumeAt(long time) {
        lastTime = Math.max(lastTime, time);
    }
}
