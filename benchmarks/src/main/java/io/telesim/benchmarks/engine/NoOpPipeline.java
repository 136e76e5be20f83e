package io.telesim.benchmarks.engine;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.EventTranslatorOneArg;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.TimeoutException;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;

import io.telesim.engine.Command;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.SubmitStatus;

/**
 * The engine's pipeline with nothing in it, the baseline of the end-to-end benchmark: a multi-producer
 * Disruptor ring of the same size and wait strategy, two stages in a row (the engine's writer and output
 * stages) that do nothing, and a submit
 * that copies the command into its slot or answers BUSY at once, as the engine's does.
 */
final class NoOpPipeline implements AutoCloseable {

    private static final EventTranslatorOneArg<Slot, Command> TRANSLATOR = (slot, sequence, command) -> slot.copyFrom(command);
    private static final EventHandler<Slot> NOTHING = (slot, sequence, endOfBatch) -> { };

    private final Disruptor<Slot> disruptor;
    private final RingBuffer<Slot> ring;

    NoOpPipeline(int ringSize, String waitStrategy) {
        AtomicInteger threads = new AtomicInteger();
        disruptor = new Disruptor<>(Slot::new, ringSize, runnable -> {
            Thread thread = new Thread(runnable, "noop-pipeline-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, ProducerType.MULTI, EngineSettings.defaults().withWaitStrategy(waitStrategy).newWaitStrategy());
        disruptor.handleEventsWith(NOTHING).then(NOTHING);
        ring = disruptor.start();
    }

    SubmitStatus submit(Command command) {
        return ring.tryPublishEvent(TRANSLATOR, command) ? SubmitStatus.ACCEPTED : SubmitStatus.BUSY;
    }

    /** Slots published so far. */
    long published() {
        return ring.getCursor() + 1;
    }

    @Override
    public void close() {
        try {
            disruptor.shutdown(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            disruptor.halt();
        }
    }

    /** The command's fields, as the engine's slot holds them. */
    private static final class Slot {
        Object type;
        long commandId;
        long msisdn;
        long sessionId;
        long other;
        long amount;
        long amount2;
        int item;

        void copyFrom(Command command) {
            type = command.type();
            commandId = command.commandId();
            msisdn = command.msisdn();
            sessionId = command.sessionId();
            other = command.other();
            amount = command.amount();
            amount2 = command.amount2();
            item = command.item();
        }
    }
}
