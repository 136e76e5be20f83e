package io.telesim.engine.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;

import io.telesim.billing.result.Outcome;
import io.telesim.engine.CommandType;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.ReplyHandler;
import io.telesim.engine.metrics.EngineMetrics;

/**
 * The last stage: writes the statement records of each applied command, tells the notification sink what
 * subscribers should hear, and only then replies to the caller, so what a caller reads after its reply
 * includes its command. The records of up to {@link #REPLY_GROUP} commands go into one chunk of the
 * statement log; the stage commits it, then replies to those commands (all within one ring batch, whose
 * slots the producer cannot reuse before the batch ends). A failing reply handler is logged and never stops
 * the loop. Before each group of commands it reads their numbers' statement chain heads ahead
 * ({@link ReadAhead}).
 */
public final class OutputStage implements EventHandler<CommandSlot> {

    /** Commands whose replies wait for the commit of their statement records, at most. */
    static final int REPLY_GROUP = 128;

    private static final Logger LOG = LoggerFactory.getLogger(OutputStage.class);

    private final StatementSink statements;
    private final NotificationSink notifications;
    private final EngineMetrics metrics;
    private final CommandApplier applier;
    private final ReplyHandlers handlers;
    private final ReadAhead readAhead;
    private final RingBuffer<CommandSlot> ring;
    private long failures;
    /** The first command of the current group that has no reply yet, and how many there are. */
    private long firstUnreplied;
    private int unreplied;

    OutputStage(StatementSink statements, NotificationSink notifications, EngineMetrics metrics, CommandApplier applier,
                ReplyHandlers handlers, RingBuffer<CommandSlot> ring) {
        this.handlers = handlers;
        this.ring = ring;
        this.readAhead = new ReadAhead(ring, new ReadAhead.Target() {
            @Override
            public long locate(CommandSlot slot) {
                return slot.type().isJournaled() && !slot.duplicate ? statements.locate(slot) : -1;
            }

            @Override
            public long touch(long location) {
                return statements.touch(location);
            }
        });
        this.statements = statements;
        this.notifications = notifications;
        this.metrics = metrics;
        this.applier = applier;
    }

    @Override
    public void onBatchStart(long batchSize, long queueDepth) {
        readAhead.batchStarts(batchSize);
    }

    @Override
    public void onEvent(CommandSlot slot, long sequence, boolean endOfBatch) {
        readAhead.before(sequence);
        if (slot.type().isJournaled() && !slot.duplicate) {
            try {
                statements.write(slot);
            } catch (RuntimeException e) {
                failures++;
                LOG.error("could not write the statement records of {} #{} (journal position {})", slot.type(), slot.commandId,
                        slot.journalPosition, e);
            }
            try {
                notify(slot);
            } catch (RuntimeException e) {
                LOG.error("the notification sink failed for {} #{}", slot.type(), slot.commandId, e);
            }
        }
        if (unreplied++ == 0) {
            firstUnreplied = sequence;
        }
        if (endOfBatch) {
            commitStatements();
            replyToGroup(sequence);
            try {
                statements.endOfBatch();
            } catch (RuntimeException e) {
                failures++;
                LOG.error("could not finish a batch of statement records", e);
            }
            metrics.engineErrors(applier.errors() + failures);
        } else if (unreplied == REPLY_GROUP) {
            commitStatements();
            replyToGroup(sequence);
        }
    }

    private void commitStatements() {
        try {
            statements.commit();
        } catch (RuntimeException e) {
            failures++;
            LOG.error("could not commit a chunk of statement records", e);
        }
    }

    private void replyToGroup(long last) {
        for (long sequence = firstUnreplied; sequence <= last; sequence++) {
            reply(ring.get(sequence), sequence);
        }
        unreplied = 0;
    }

    private void reply(CommandSlot slot, long sequence) {
        // Counted before the caller hears back, so a caller's next look at the metrics includes its command.
        metrics.recordReply(slot.type(), slot.submitNanos == 0 ? 0 : System.nanoTime() - slot.submitNanos, slot.duplicate);
        ReplyHandler handler = handlers.take(sequence);
        if (handler != null) {
            try {
                handler.onReply(slot.reply);
            } catch (RuntimeException e) {
                LOG.error("a reply handler failed for {} #{}", slot.type(), slot.commandId, e);
            }
        }
        if (slot.query != null) {
            slot.query = null;
        }
    }

    private void notify(CommandSlot slot) {
        int notices = slot.reply.notices();
        if (notices != 0) {
            // a session update or end may name only the session: its reply describes the session's number
            long msisdn = slot.reply.msisdn() != 0 ? slot.reply.msisdn() : slot.usageAccount;
            notifications.onNotices(msisdn, notices, slot.reply.balance(), slot.time);
        }
        if (slot.type() == CommandType.GIFT_BONUS && slot.reply.outcome() == Outcome.OK) {
            notifications.onGift(slot.msisdn, slot.other, slot.amount, slot.reply.giftCode(), slot.time);
        }
    }
}
