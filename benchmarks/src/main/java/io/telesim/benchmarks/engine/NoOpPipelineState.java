package io.telesim.benchmarks.engine;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.telesim.engine.Command;
import io.telesim.engine.SubmitStatus;

/**
 * The {@link NoOpPipeline} with the same ring, wait strategy and commands as {@link EngineState}. Its producer
 * yields on BUSY, the back-off at which the no-op pipeline is fastest: the engine's PARK_MS would leave this
 * ring empty most of the time and flatter the engine's share.
 */
@State(Scope.Benchmark)
public class NoOpPipelineState {

    @Param({"65536"})
    int ringSize;

    @Param({"sleeping"})
    String waitStrategy;

    @Param({"YIELD"})
    BusyBackoff backoff;

    NoOpPipeline pipeline;
    CommandMix mix;
    Command command;
    long nextId;
    final ThreadCpu cpu = new ThreadCpu();

    @Setup(Level.Trial)
    public void setUp() {
        pipeline = new NoOpPipeline(ringSize, waitStrategy);
        mix = new CommandMix(BenchEngines.SUBSCRIBERS, 42);
        command = new Command();
        nextId = 1;
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        cpu.start(pipeline.published());
    }

    @TearDown(Level.Iteration)
    public void endIteration() {
        System.out.printf("%n  [%s]%n", cpu.report(pipeline.published()));
    }

    SubmitStatus submitNext() {
        mix.fillNext(command, nextId++);
        SubmitStatus status;
        while ((status = pipeline.submit(command)) == SubmitStatus.BUSY) {
            backoff.pause();
        }
        return status;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pipeline.close();
        System.out.printf("%nno-op pipeline after the trial: %,d commands published%n", pipeline.published());
    }
}
