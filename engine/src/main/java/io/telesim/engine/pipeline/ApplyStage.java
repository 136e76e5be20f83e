package io.telesim.engine.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lmax.disruptor.EventHandler;

import io.telesim.billing.result.Outcome;
import io.telesim.engine.CommandType;

/**
 * The single writer: applies each journaled command in ring order and runs read-only queries between
 * them. At the end of a batch it lets the checkpointer take a consistent copy of the state, while no
 * command is half applied.
 */
public final class ApplyStage implements EventHandler<CommandSlot> {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyStage.class);

    private final CommandApplier applier;
    private final StateView view;
    private final BatchEndListener batchEnd;
    private long lastAppliedPosition;

    ApplyStage(CommandApplier applier, StateView view, BatchEndListener batchEnd) {
        this.applier = applier;
        this.view = view;
        this.batchEnd = batchEnd;
    }

    @Override
    public void onEvent(CommandSlot slot, long sequence, boolean endOfBatch) {
        if (slot.type == CommandType.QUERY) {
            runQuery(slot);
        } else {
            applier.apply(slot);
            if (slot.journalPosition != 0) {
                lastAppliedPosition = slot.journalPosition;
            }
        }
        if (endOfBatch) {
            batchEnd.onBatchEnd(lastAppliedPosition, slot.time);
        }
    }

    private void runQuery(CommandSlot slot) {
        slot.reply.head(slot.commandId, slot.type, slot.time, slot.msisdn);
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

    /** Called by the apply thread at the end of every batch. */
    @FunctionalInterface
    public interface BatchEndListener {
        BatchEndListener NONE = (position, time) -> { };

        /** @param lastAppliedPosition the journal position of the newest command applied so far */
        void onBatchEnd(long lastAppliedPosition, long time);
    }
}
