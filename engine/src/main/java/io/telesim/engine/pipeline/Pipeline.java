package io.telesim.engine.pipeline;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lmax.disruptor.EventTranslatorThreeArg;
import com.lmax.disruptor.ExceptionHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.TimeoutException;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;

import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.ReplyHandler;
import io.telesim.engine.StateQuery;
import io.telesim.engine.SubmitStatus;
import io.telesim.engine.clock.EngineClock;
import io.telesim.engine.metrics.EngineMetrics;

/**
 * The ring and its stages: journal then apply (the single writer) on one thread ({@link WriterStage}), then
 * outputs on another. Producers on any
 * thread {@link #submit}; a full ring answers {@link SubmitStatus#BUSY} at once instead of blocking.
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private static final EventTranslatorThreeArg<CommandSlot, Command, ReplyHandler, StateQuery> TRANSLATOR =
            (slot, sequence, command, handler, query) -> {
                slot.copyFrom(command, query, System.nanoTime());
                slot.replyHandlers.put(sequence, handler);
            };

    private final Disruptor<CommandSlot> disruptor;
    private final RingBuffer<CommandSlot> ring;
    private final EngineMetrics metrics;
    private final WriterStage writer;
    private final OutputStage output;
    private final ApplyStage apply;
    private final ThreadLocal<Command> queryCommands = ThreadLocal.withInitial(Command::new);
    private volatile boolean closed;

    public Pipeline(int ringSize, WaitStrategy waitStrategy, EngineClock clock, CommandLog journal, EngineCore core,
                    StatementSink statements, NotificationSink notifications, EngineMetrics metrics,
                    ApplyStage.BatchBoundary batchEnd, long lastAppliedPosition, long lastTime) {
        this.metrics = metrics;
        ReplyHandlers handlers = new ReplyHandlers(ringSize);
        this.disruptor = new Disruptor<>(() -> new CommandSlot(handlers), ringSize, new StageThreads(), ProducerType.MULTI, waitStrategy);
        this.disruptor.setDefaultExceptionHandler(new LoggingExceptionHandler());
        JournalStage journalStage = new JournalStage(disruptor.getRingBuffer(), clock, journal);
        journalStage.resumeAt(lastTime);
        this.apply = new ApplyStage(disruptor.getRingBuffer(), core.applier(), core.view(), batchEnd, lastAppliedPosition, lastTime);
        this.writer = new WriterStage(journalStage, apply);
        this.output = new OutputStage(statements, notifications, metrics, core.applier(), handlers, disruptor.getRingBuffer());
        disruptor.handleEventsWith(writer).then(output);
        this.ring = disruptor.start();
    }

    /**
     * Puts a command into the ring, or says why not at once: {@link SubmitStatus#BUSY} when the ring is
     * full. Allocation-free. Thread-safe.
     */
    public SubmitStatus submit(Command command, ReplyHandler handler) {
        if (closed) {
            return SubmitStatus.CLOSED;
        }
        if (ring.tryPublishEvent(TRANSLATOR, command, handler, null)) {
            return SubmitStatus.ACCEPTED;
        }
        metrics.recordBusy();
        return SubmitStatus.BUSY;
    }

    /** Runs {@code query} on the apply thread after every command submitted before it; then calls {@code handler}. */
    public SubmitStatus query(StateQuery query, ReplyHandler handler) {
        if (closed) {
            return SubmitStatus.CLOSED;
        }
        Command command = queryCommands.get().set(CommandType.QUERY, 0, 0);
        if (ring.tryPublishEvent(TRANSLATOR, command, handler, query)) {
            return SubmitStatus.ACCEPTED;
        }
        metrics.recordBusy();
        return SubmitStatus.BUSY;
    }

    /** Commands published to the ring that the journal stage has not yet journaled. */
    public long journalLag() {
        return Math.max(0, ring.getCursor() - writer.journaledSequence());
    }

    /** Commands journaled that the apply stage has not yet applied. */
    public long applyLag() {
        return writer.applyLag();
    }

    /** The ring sequence of the last command the output stage finished: statements and replies are done up to it. */
    public long outputSequence() {
        return disruptor.getSequenceValueFor(output);
    }

    /** The journal position of the newest applied command; after {@link #close()}, of the last one. */
    public long lastAppliedPosition() {
        return apply.lastAppliedPosition();
    }

    /** The engine time of the newest applied command. */
    public long lastTime() {
        return apply.lastTime();
    }

    /** Commands in the ring not yet replied to. */
    public long occupancy() {
        return ring.getBufferSize() - ring.remainingCapacity();
    }

    public int capacity() {
        return ring.getBufferSize();
    }

    /** Stops accepting, lets every command in the ring finish (journal, apply, reply), then stops the threads. */
    @Override
    public void close() {
        closed = true;
        try {
            disruptor.shutdown(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.error("the ring did not drain in 30 s; halting with {} commands in it", occupancy());
            disruptor.halt();
        }
    }

    /** A handler that throws is a defect: log it with the command and go on with the next. */
    private static final class LoggingExceptionHandler implements ExceptionHandler<CommandSlot> {
        @Override
        public void handleEventException(Throwable e, long sequence, CommandSlot slot) {
            LOG.error("stage failed on {} #{} (ring sequence {})", slot.type(), slot.commandId, sequence, e);
        }

        @Override
        public void handleOnStartException(Throwable e) {
            LOG.error("a stage failed to start", e);
        }

        @Override
        public void handleOnShutdownException(Throwable e) {
            LOG.error("a stage failed to stop", e);
        }
    }

    /** Daemon threads named for their stages, as profilers and {@code top -H} show them. */
    private static final class StageThreads implements ThreadFactory {
        /** The Disruptor starts its stages' threads in the order they were added. */
        private static final String[] NAMES = {"telesim-writer", "telesim-output"};
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            int index = count.getAndIncrement();
            Thread thread = new Thread(runnable, index < NAMES.length ? NAMES[index] : "telesim-stage-" + (index + 1));
            thread.setDaemon(true);
            return thread;
        }
    }
}
