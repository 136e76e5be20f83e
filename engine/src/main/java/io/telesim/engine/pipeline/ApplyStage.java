package io.telesim.engine.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lmax.disruptor.RingBuffer;

import io.telesim.billing.result.Outcome;
import io.telesim.engine.CommandType;

/**
 * The apply half of the writer stage, the single writer of the state: applies journaled commands in ring
 * order and runs read-only queries between them. Before each ring batch it lets the checkpointer take a
 * consistent copy of the state: no command is half applied then, and the output stage can finish every
 * command applied so far.
 *
 * <p>Before each group of commands it reads their idempotency entries and accounts ahead ({@link ReadAhead}).
 */
public final class ApplyStage {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyStage.class);

    private final RingBuffer<CommandSlot> ring;
    private final ReadAhead readAhead;
    private final CommandApplier applier;
    private final StateView view;
    private final BatchBoundary boundary;
    private long lastAppliedPosition;
    private long lastTime;
    private long lastSequence = -1;

    ApplyStage(RingBuffer<CommandSlot> ring, CommandApplier applier, StateView view, BatchBoundary boundary, long lastAppliedPosition, long lastTime) {
        this.ring = ring;
        this.readAhead = new ReadAhead(ring, applier);
        this.applier = applier;
        this.view = view;
        this.boundary = boundary;
        this.lastAppliedPosition = lastAppliedPosition;
        this.lastTime = lastTime;
    }

    /** Before a ring batch: the moment a checkpoint may copy the state. */
    void beforeBatch() {
        if (lastSequence >= 0) {
            boundary.beforeBatch(lastAppliedPosition, lastTime, lastSequence);
        }
    }

    /** Applies the journaled commands at ring sequences {@code from} to {@code to}, in order. */
    void apply(long from, long to) {
        readAhead.batchStarts(to - from + 1);
        for (long sequence = from; sequence <= to; sequence++) {
            readAhead.before(sequence);
            CommandSlot slot = ring.get(sequence);
            if (slot.type() == CommandType.QUERY) {
                runQuery(slot);
            } else {
                applier.apply(slot);
                if (slot.journalPosition != 0) {
                    lastAppliedPosition = slot.journalPosition;
                    lastTime = slot.time;
                }
            }
        }
        lastSequence = to;
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
