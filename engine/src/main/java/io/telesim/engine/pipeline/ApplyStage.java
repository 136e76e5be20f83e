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
 * <p>Within a batch it touches the accounts of the commands {@value #LOOKAHEAD} places ahead before
 * applying the current one: at a million subscribers nearly every account is a cache miss, and touched
 * ahead their misses overlap instead of stalling the single writer one command at a time. The commands
 * of a batch are journaled and visible to this thread, so reading them early is safe.
 */
public final class ApplyStage implements EventHandler<CommandSlot> {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyStage.class);
    static final int LOOKAHEAD = 8;

    private final RingBuffer<CommandSlot> ring;
    private final CommandApplier applier;
    private final StateView view;
    private final BatchBoundary boundary;
    private long lastAppliedPosition;
    private long lastTime;
    private long lastSequence = -1;
    /** The size of the batch about to start, until its first command arrives. */
    private long startingBatch;
    private long batchEnd = -1;
    /** What the touches read, kept so that the JIT cannot drop them. */
    private long touched;

    ApplyStage(RingBuffer<CommandSlot> ring, CommandApplier applier, StateView view, BatchBoundary boundary, long lastAppliedPosition, long lastTime) {
        this.ring = ring;
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
        startingBatch = batchSize;
    }

    @Override
    public void onEvent(CommandSlot slot, long sequence, boolean endOfBatch) {
        touchAhead(sequence);
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

    private void touchAhead(long sequence) {
        if (startingBatch > 0) {
            batchEnd = sequence + startingBatch - 1;
            startingBatch = 0;
            for (long ahead = sequence + 1; ahead < sequence + LOOKAHEAD && ahead <= batchEnd; ahead++) {
                touched += applier.touch(ring.get(ahead));
            }
        }
        if (sequence + LOOKAHEAD <= batchEnd) {
            touched += applier.touch(ring.get(sequence + LOOKAHEAD));
        }
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
