package io.telesim.benchmarks.engine;

import java.io.IOException;
import java.nio.file.Path;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.telesim.engine.Command;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.SubmitStatus;

/**
 * An engine on files in a fresh data directory with {@value BenchEngines#SUBSCRIBERS} subscribers
 * provisioned, and the producer's cursor into a {@link CommandMix}. Fields are not final, so the JIT
 * cannot fold the inputs. The directory is deleted when the trial ends.
 */
@State(Scope.Benchmark)
public class EngineState {

    @Param({"65536"})
    int ringSize;

    @Param({"sleeping"})
    String waitStrategy;

    /** PARK_MS: the engine's threads need both cores; a producer that spins or yields on BUSY takes one from them. */
    @Param({"PARK_MS"})
    BusyBackoff backoff;

    /** The journal's fsync policy: NONE or PER_BATCH. */
    @Param({"NONE", "PER_BATCH"})
    String fsync;

    /**
     * Where the engine keeps its state: {@code files} (journal, accounts map, statement log: what the issue
     * measures) or {@code memory} (no journal, no statements, accounts on the heap: a diagnostic that shows
     * what the files cost).
     */
    @Param({"files"})
    String storage;

    /** Command ids remembered for idempotency; the engine's default is 2,097,152 (a smaller one is a diagnostic). */
    @Param({"2097152"})
    int idempotencyWindow;

    Path data;
    Engine engine;
    CommandMix mix;
    Command command;
    ReplyTally tally;
    long nextId;
    final ThreadCpu cpu = new ThreadCpu();

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        EngineSettings settings = BenchEngines.settings(ringSize, waitStrategy, fsync).withIdempotencyWindow(idempotencyWindow);
        if (storage.equals("memory")) {
            engine = BenchEngines.inMemory(settings);
        } else {
            data = BenchEngines.newDataDirectory("throughput");
            engine = BenchEngines.open(data, settings);
        }
        long started = System.nanoTime();
        nextId = Subscribers.provision(engine, BenchEngines.SUBSCRIBERS);
        System.out.printf("%n%,d subscribers provisioned in %,d ms%n", BenchEngines.SUBSCRIBERS, (System.nanoTime() - started) / 1_000_000);
        mix = new CommandMix(BenchEngines.SUBSCRIBERS, 42);
        command = new Command();
        tally = new ReplyTally();
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        cpu.start(engine.metrics().replied());
    }

    @TearDown(Level.Iteration)
    public void endIteration() {
        System.out.printf("%n  [%s; ring %,d of %,d]%n", cpu.report(engine.metrics().replied()), engine.ringOccupancy(),
                engine.ringCapacity());
    }

    SubmitStatus submitNext() {
        return Submission.untilAccepted(engine, mix.fillNext(command, nextId++), tally, backoff);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try {
            long busy = engine.metrics().busy();
            engine.close();
            System.out.printf("%nengine after the trial: %s; %,d BUSY answers; %,d engine errors%n", tally.summary(), busy,
                    engine.metrics().engineErrors());
        } finally {
            BenchEngines.delete(data);
        }
    }
}
