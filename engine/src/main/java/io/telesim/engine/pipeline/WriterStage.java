package io.telesim.engine.pipeline;

import java.util.concurrent.atomic.AtomicLong;

import com.lmax.disruptor.EventHandler;

/**
 * The journal and apply stages on one thread: each command is journaled before it is applied, a journal
 * record (up to {@value CommandPositions#PER_RECORD} commands) at a time, and the ring batch is made
 * durable as the fsync policy says before the output stage sees any of it. One thread rather than two
 * because on a machine with two cores the hand-off between them cost more than either stage's work, and
 * because the apply half then finds the slots the journal half just read still in the cache.
 *
 * <p>A checkpoint copies the state between two ring batches; it covers only commands of earlier batches,
 * which were durable before they were applied whenever the fsync policy makes anything durable.
 */
final class WriterStage implements EventHandler<CommandSlot> {

    private final JournalStage journal;
    private final ApplyStage apply;
    /** The first sequence not yet applied of the running batch, or -1 between batches. */
    private long pending = -1;
    private final AtomicLong journaled = new AtomicLong(-1);
    private final AtomicLong applied = new AtomicLong(-1);

    WriterStage(JournalStage journal, ApplyStage apply) {
        this.journal = journal;
        this.apply = apply;
    }

    @Override
    public void onBatchStart(long batchSize, long queueDepth) {
        apply.beforeBatch();
    }

    @Override
    public void onEvent(CommandSlot slot, long sequence, boolean endOfBatch) {
        if (pending < 0) {
            pending = sequence;
        }
        boolean recordWritten = journal.journal(slot, sequence);
        if (endOfBatch) {
            journal.endOfBatch();
        }
        if (recordWritten || endOfBatch) {
            journaled.lazySet(sequence);
            apply.apply(pending, sequence);
            applied.lazySet(sequence);
            pending = endOfBatch ? -1 : sequence + 1;
        }
    }

    /** The ring sequence of the newest command journaled, as last seen; any thread. */
    long journaledSequence() {
        return journaled.get();
    }

    /** Commands journaled but not yet applied, as last seen; any thread. */
    long applyLag() {
        return Math.max(0, journaled.get() - applied.get());
    }
}
