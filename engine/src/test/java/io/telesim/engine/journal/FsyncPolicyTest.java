package io.telesim.engine.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each policy flushes exactly when it says it does. */
class FsyncPolicyTest {

    @TempDir
    Path directory;

    private final AtomicLong nanoTime = new AtomicLong(1_000_000_000L);
    private final AtomicLong wallClock = new AtomicLong(1_780_000_000_000L);

    private CommandJournal open(FsyncPolicy policy) {
        return CommandJournal.open(JournalSettings.of(directory, policy, nanoTime::get)
                .withRollCycle(TestRollCycles.TEST_SECONDLY)
                .withWallClock(wallClock::get));
    }

    private static void append(CommandJournal journal, int n) {
        journal.append(Commands.offHeap(n), 0, Commands.LENGTH);
    }

    @Test
    void shouldFlushAtTheEndOfEveryBatchThatAppended() {
        try (CommandJournal journal = open(FsyncPolicy.PER_BATCH)) {
            append(journal, 0);
            append(journal, 1);
            assertEquals(0, journal.flushes());

            journal.endOfBatch();
            assertEquals(1, journal.flushes());

            journal.endOfBatch();
            assertEquals(1, journal.flushes());

            append(journal, 2);
            journal.endOfBatch();
            assertEquals(2, journal.flushes());
        }
    }

    @Test
    void shouldFlushAtMostOncePerInterval() {
        try (CommandJournal journal = open(FsyncPolicy.interval(Duration.ofMillis(10)))) {
            append(journal, 0);
            nanoTime.addAndGet(Duration.ofMillis(9).toNanos());
            journal.endOfBatch();
            assertEquals(0, journal.flushes());

            nanoTime.addAndGet(Duration.ofMillis(1).toNanos());
            journal.endOfBatch();
            assertEquals(1, journal.flushes());

            append(journal, 1);
            nanoTime.addAndGet(Duration.ofMillis(5).toNanos());
            journal.endOfBatch();
            assertEquals(1, journal.flushes());

            nanoTime.addAndGet(Duration.ofMillis(20).toNanos());
            journal.endOfBatch();
            journal.endOfBatch();
            assertEquals(2, journal.flushes());
        }
    }

    @Test
    void shouldNeverFlushWithoutAPolicy() {
        try (CommandJournal journal = open(FsyncPolicy.NONE)) {
            for (int n = 0; n < 5; n++) {
                append(journal, n);
                wallClock.addAndGet(1_000);
                journal.endOfBatch();
            }
            assertEquals(0, journal.flushes());
        }
    }

    @Test
    void shouldFlushTheFinishedFileWhenAnAppendStartsANewOne() {
        try (CommandJournal journal = open(FsyncPolicy.interval(Duration.ofHours(1)))) {
            append(journal, 0);
            assertEquals(0, journal.flushes());

            wallClock.addAndGet(1_000);
            append(journal, 1);
            assertEquals(1, journal.flushes());
        }
    }

    @Test
    void shouldRejectAnIntervalThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> FsyncPolicy.interval(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> FsyncPolicy.interval(Duration.ofMillis(-1)));
    }
}
