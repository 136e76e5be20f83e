package io.telesim.engine.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;

import io.telesim.billing.result.Outcome;
import io.telesim.engine.CommandType;

/**
 * The single writer: applies each journaled command in ring order and runs read-only queries between
 * them. Before each batch it lets the checkpointer take a consistent copy of the state: no command is
 * half applied then, and the output stage can finish every command applied so far.
 *
 * <p>Before each group of commands it reads their idempotency entries and accounts ahead ({@link ReadAhead}).
 */
public final class ApplyStage implements EventHandler<CommandSlot> {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyStage.class);

    private final ReadAhead readAhead;
    private final CommandApplier applier;
    private final StateView view;
    private final BatchBoundary boundary;
    private long lastAppliedPosition;
    private long lastTime;
    private long lastSequence = -1;

    ApplyStage(RingBuffer<CommandSlot> ring, CommandApplier applier, StateView view, BatchBoundary boundary, long lastAppliedPosition, long lastTime) {
        this.readAhead = new ReadAhead(ring, applier);
        this.applier = applier;
        this.view = view;
        this.boundary = boundary;
        this.lastAppliedPosition = lastAppliedPosition;
        this.lastTime = lastTime;
    }

    @Override
    public void onBatchStart(long batchSize, long queueDepth) {
        if (lastSequence >= 0) {
            boundary.beforeBatch(lastAppliedPosition, lastTime, lastSequence);
        }
        readAhead.batchStarts(batchSize);
    }

    @Override
    public void onEvent(CommandSlot slot, long sequence, boolean endOfBatch) {
        readAhead.before(sequence);
        if (slot.type() == CommandType.QUERY) {
            runQuery(slot);
        } else {
            applier.apply(slot);
            if (slot.journalPosition != 0) {
                lastAppliedPosition = slot.journalPosition;
                lastTime = slot.time;
            }
        }
        lastSequence = sequence;
    }

    /** The journal position of the newest command applied (read after the pipeline stopped). */
    long lastAppliedPosition() {
        return lastAppliedPosition;
    }

    long lastTime() {
        return lastTime;
    }

    private void runQuery(CommandSlot slot) {
        slot.reply.head(slot.commandId, slot.type(), slot.time, slot.msisdn);
        slot.duplicate = false;
        slot.balanceCount = 0;
        slot.usageKind = -1;
        slot.result.reset();
        slot.cycle.reset();
        try {
            slot.query.run(view.at(slot.time));
            slot.reply.outcome(Outcome.OK);
        } catch (RuntimeException e) {
            LOG.error("state query failed", e);
            slot.reply.outcome(Outcome.ENGINE_ERROR);
        }
    }

    /** Called by the apply thread between two batches. */
    @FunctionalInterface
    public interface BatchBoundary {
        BatchBoundary NONE = (position, time, sequence) -> { };

        /**
         * @param lastAppliedPosition the journal position of the newest command applied so far
         * @param time                the engine time of that command
         * @param ringSequence        the ring sequence of the last command applied (the output stage can reach it)
         */
        void beforeBatch(long lastAppliedPosition, long time, long ringSequence);
    }
}
