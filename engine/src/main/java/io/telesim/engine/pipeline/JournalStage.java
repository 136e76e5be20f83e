package io.telesim.engine.pipeline;

import org.agrona.concurrent.UnsafeBuffer;

import com.lmax.disruptor.EventHandler;

import io.telesim.engine.clock.EngineClock;

/**
 * The first stage: gives each command its time (never earlier than the one before, so replay sees the
 * same order of time) and appends every state-changing command to the journal; at the end of a batch
 * makes the batch durable as the fsync policy says. The apply stage sees a command only after its batch
 * is journaled.
 */
public final class JournalStage implements EventHandler<CommandSlot> {

    private final EngineClock clock;
    private final CommandLog journal;
    private final UnsafeBuffer record = new UnsafeBuffer(new byte[CommandCodec.LENGTH]);
    private long lastTime;

    public JournalStage(EngineClock clock, CommandLog journal) {
        this.clock = clock;
        this.journal = journal;
    }

    @Override
    public void onEvent(CommandSlot slot, long sequence, boolean endOfBatch) {
        long now = clock.now();
        lastTime = Math.max(lastTime, now);
        slot.time = lastTime;
        if (slot.type.isJournaled()) {
            CommandCodec.encode(slot, record, 0);
            slot.journalPosition = journal.append(record, 0, CommandCodec.LENGTH);
        } else {
            slot.journalPosition = 0;
        }
        if (endOfBatch) {
            journal.endOfBatch();
        }
    }

    /** Continues time from the last replayed command after a restart. */
    public void resumeAt(long time) {
        lastTime = Math.max(lastTime, time);
    }
}
