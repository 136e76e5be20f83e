package io.telesim.benchmarks.engine;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.telesim.engine.SubmitStatus;

/**
 * End to end (issue 3): one producer submits a mix of ended calls and data sessions, SMS and top-ups on
 * random accounts of 1,000,000 subscribers to an engine on files (journal, accounts map, statement log),
 * each command until the engine accepts it. The ring is full after the first milliseconds, so the
 * accepted rate is the rate at which the engine journals, applies, writes statements and replies.
 * {@link #noOpPipeline} is the baseline: the same submit into a Disruptor of the same shape whose three
 * stages do nothing.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar EngineThroughputBenchmark [-prof gc]</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:MaxDirectMemorySize=2g"})
@Threads(1)
public class EngineThroughputBenchmark {

    @Benchmark
    public SubmitStatus engine(EngineState state) {
        return state.submitNext();
    }

    @Benchmark
    public SubmitStatus noOpPipeline(NoOpPipelineState state) {
        return state.submitNext();
    }
}
