package io.telesim.engine.journal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import net.openhft.chronicle.bytes.SyncMode;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Appends per second of 80-byte commands under each fsync policy, with a baseline (Chronicle alone),
 * heap bytes allocated per append in steady state, and the cost of one flush. A rough main until the
 * project's JMH benchmark exists: one thread, wall-clock timing, every scenario run three times in
 * turn (the disk is shared, so its mood changes) and reported as the median and the range. Run with
 * the engine's test classpath and the Chronicle JVM flags; the argument is a directory on the disk to
 * measure (default: the temporary directory).
 */
public final class JournalAppendRate {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = 3;

    private JournalAppendRate() {
    }

    /** One way of appending: a policy and a batch size, or none for the baseline. */
    private record Scenario(String name, FsyncPolicy policy, int batch, int count) {
    }

    public static void main(String[] args) throws IOException {
        Path base = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        List<Scenario> scenarios = List.of(
                new Scenario("baseline: Chronicle alone, no framing or checksum", null, 100, 3_000_000),
                new Scenario("NONE", FsyncPolicy.NONE, 100, 3_000_000),
                new Scenario("INTERVAL 10 ms, batches of 100", FsyncPolicy.interval(Duration.ofMillis(10)), 100, 3_000_000),
                new Scenario("INTERVAL 1 ms, batches of 100", FsyncPolicy.interval(Duration.ofMillis(1)), 100, 3_000_000),
                new Scenario("PER_BATCH, batches of 1", FsyncPolicy.PER_BATCH, 1, 10_000),
                new Scenario("PER_BATCH, batches of 100", FsyncPolicy.PER_BATCH, 100, 500_000),
                new Scenario("PER_BATCH, batches of 1000", FsyncPolicy.PER_BATCH, 1_000, 3_000_000));
        run(base, scenarios.get(1)); // warm-up
        double[][] rates = new double[scenarios.size()][ROUNDS];
        double[] allocated = new double[scenarios.size()];
        for (int round = 0; round < ROUNDS; round++) {
            for (int s = 0; s < scenarios.size(); s++) {
                double[] result = run(base, scenarios.get(s));
                rates[s][round] = result[0];
                allocated[s] = Math.max(allocated[s], result[1]);
            }
        }
        for (int s = 0; s < scenarios.size(); s++) {
            Arrays.sort(rates[s]);
            System.out.printf("%-52s %,12.0f appends/s (%,.0f to %,.0f)  %.3f B allocated/append%n",
                    scenarios.get(s).name(), rates[s][ROUNDS / 2], rates[s][0], rates[s][ROUNDS - 1], allocated[s]);
        }
        flushCost(base, 4_000);
    }

    /** @return appends per second and heap bytes allocated per append */
    private static double[] run(Path base, Scenario scenario) throws IOException {
        Path directory = Files.createTempDirectory(base, "journal-rate");
        try {
            return scenario.policy() == null ? chronicleAlone(directory, scenario) : journal(directory, scenario);
        } finally {
            JournalFiles.deleteRecursively(directory);
        }
    }

    private static double[] journal(Path directory, Scenario scenario) {
        UnsafeBuffer command = Commands.offHeap(42);
        try (CommandJournal journal = CommandJournal.open(directory, scenario.policy(), System::nanoTime)) {
            // The first appends map the file and create the appender; steady state starts after them.
            for (int i = 0; i < 1_000; i++) {
                journal.append(command, 0, Commands.LENGTH);
            }
            journal.endOfBatch();
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            for (int i = 1; i <= scenario.count(); i++) {
                command.putLong(0, i);
                journal.append(command, 0, Commands.LENGTH);
                if (i % scenario.batch() == 0) {
                    journal.endOfBatch();
                }
            }
            long elapsed = System.nanoTime() - start;
            long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
            return new double[] {scenario.count() * 1e9 / elapsed, (double) allocated / scenario.count()};
        }
    }

    /** The baseline: Chronicle appending 88-byte frames from a byte array, nothing else. */
    private static double[] chronicleAlone(Path directory, Scenario scenario) {
        byte[] frame = new byte[RecordFrame.HEADER_LENGTH + Commands.LENGTH];
        try (SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(directory)
                .rollCycle(JournalSettings.DEFAULT_ROLL_CYCLE).build();
             ExcerptAppender appender = queue.createAppender()) {
            for (int i = 0; i < 1_000; i++) {
                appendOne(appender, frame);
            }
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            for (int i = 0; i < scenario.count(); i++) {
                frame[0] = (byte) i;
                appendOne(appender, frame);
            }
            long elapsed = System.nanoTime() - start;
            long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
            return new double[] {scenario.count() * 1e9 / elapsed, (double) allocated / scenario.count()};
        }
    }

    /**
     * The cost of one flush after one appended record: the journal's {@code fdatasync} and Chronicle's
     * own {@code msync} (SyncMode.SYNC, {@code ExcerptAppender.sync()}), interleaved on one queue.
     */
    private static void flushCost(Path base, int samples) throws IOException {
        Path directory = Files.createTempDirectory(base, "journal-rate");
        byte[] frame = new byte[RecordFrame.HEADER_LENGTH + Commands.LENGTH];
        long[] msync = new long[samples];
        long[] fdatasync = new long[samples];
        try (SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(directory)
                .rollCycle(JournalSettings.DEFAULT_ROLL_CYCLE).syncMode(SyncMode.SYNC).build();
             ExcerptAppender appender = queue.createAppender()) {
            appendOne(appender, frame);
            try (FileChannel channel = FileChannel.open(appender.currentFile().toPath(), StandardOpenOption.WRITE)) {
                for (int i = 0; i < samples; i++) {
                    appendOne(appender, frame);
                    long start = System.nanoTime();
                    appender.sync();
                    msync[i] = System.nanoTime() - start;
                    appendOne(appender, frame);
                    start = System.nanoTime();
                    channel.force(false);
                    fdatasync[i] = System.nanoTime() - start;
                }
            }
        } finally {
            JournalFiles.deleteRecursively(directory);
        }
        Arrays.sort(msync);
        Arrays.sort(fdatasync);
        for (double quantile : new double[] {0.5, 0.9, 0.99}) {
            System.out.printf("one flush of one record, p%-4s  fdatasync (the journal's) %7.1f us, Chronicle msync %7.1f us%n",
                    quantile * 100, fdatasync[(int) (samples * quantile)] / 1e3, msync[(int) (samples * quantile)] / 1e3);
        }
    }

    private static void appendOne(ExcerptAppender appender, byte[] frame) {
        try (DocumentContext document = appender.writingDocument()) {
            document.wire().bytes().write(frame);
        }
    }
}
