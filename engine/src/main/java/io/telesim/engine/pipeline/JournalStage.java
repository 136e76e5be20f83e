package io.telesim.engine.pipeline;

import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;

import io.telesim.engine.clock.EngineClock;

/**
 * The first stage: gives each command its time (never earlier than the one before, so replay sees the
 * same order of time) and journals every state-changing command: the commands of a batch go into one
 * journal record ({@link CommandPositions}), written when it is full and at the end of the batch, which
 * is then made durable as the fsync policy says. The apply stage sees a command only after its batch is
 * journaled: a Disruptor stage publishes its progress at the end of each batch, after this has run.
 */
public final class JournalStage implements EventHandler<CommandSlot> {

    private final RingBuffer<CommandSlot> ring;
    private final EngineClock clock;
    private final CommandLog journal;
    private final UnsafeBuffer record = new UnsafeBuffer(BufferUtil.allocateDirectAligned(
            CommandPositions.PER_RECORD * CommandCodec.LENGTH, 64));
    /** The ring sequences of the commands in {@link #record}, in order. */
    private final long[] sequences = new long[CommandPositions.PER_RECORD];
    private int commands;
    private long lastTime;

    JournalStage(RingBuffer<CommandSlot> ring, EngineClock clock, CommandLog journal) {
        this.ring = ring;
        this.clock = clock;
        this.journal = journal;
    }

    @Override
    public void onEvent(CommandSlot slot, long sequence, boolean endOfBatch) {
        long now = clock.now();
        lastTime = Math.max(lastTime, now);
        slot.time = lastTime;
        if (slot.type().isJournaled()) {
            CommandCodec.encode(slot, record, commands * CommandCodec.LENGTH);
            sequences[commands++] = sequence;
            if (commands == CommandPositions.PER_RECORD) {
                writeRecord();
            }
        } else {
            slot.journalPosition = 0;
        }
        if (endOfBatch) {
            if (commands > 0) {
                writeRecord();
            }
            journal.endOfBatch();
        }
    }

    private void writeRecord() {
        long position = journal.append(record, 0, commands * CommandCodec.LENGTH);
        for (int place = 0; place < commands; place++) {
            ring.get(sequences[place]).journalPosition = CommandPositions.of(position, place);
        }
        commands = 0;
    }

    /** Continues time from the last replayed command after a restart. */
    public void resumeAt(long time) {
        lastTime = Math.max(lastTime, time);
    }
}
