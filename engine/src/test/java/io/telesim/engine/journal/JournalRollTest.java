package io.telesim.engine.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file per roll cycle: positions keep growing across files, and checkpointed files can go. */
class JournalRollTest {

    private static final long START = 1_780_000_000_000L;

    @TempDir
    Path directory;

    private final AtomicLong wallClock = new AtomicLong(START);

    private CommandJournal open() {
        return CommandJournal.open(JournalSettings.of(directory, FsyncPolicy.NONE, System::nanoTime)
                .withRollCycle(TestRollCycles.TEST_SECONDLY)
                .withWallClock(wallClock::get));
    }

    /** Appends three commands in each of three cycles (the third five seconds after the second). */
    private long[] appendInThreeCycles(CommandJournal journal) {
        long[] positions = new long[9];
        System.arraycopy(Commands.append(journal, 0, 3), 0, positions, 0, 3);
        wallClock.addAndGet(1_000);
        System.arraycopy(Commands.append(journal, 3, 6), 0, positions, 3, 3);
        wallClock.addAndGet(5_000);
        System.arraycopy(Commands.append(journal, 6, 9), 0, positions, 6, 3);
        return positions;
    }

    @Test
    void shouldKeepPositionsGrowingAcrossFiles() {
        long[] positions;
        try (CommandJournal journal = open()) {
            positions = appendInThreeCycles(journal);
        }

        assertEquals(3, JournalFiles.cycleFiles(directory).size());
        for (int n = 1; n < positions.length; n++) {
            assertTrue(positions[n] > positions[n - 1], "position " + n);
        }
        try (CommandJournal journal = open()) {
            Replayed replayed = Replayed.from(journal, CommandJournal.BEFORE_FIRST);
            assertEquals(9, replayed.size());
            for (int n = 0; n < 9; n++) {
                assertEquals(positions[n], replayed.positions.get(n));
                assertArrayEquals(Commands.bytes(n, Commands.LENGTH), replayed.commands.get(n));
            }
            assertEquals(List.of(positions[6], positions[7], positions[8]),
                    Replayed.from(journal, positions[5]).positions);
        }
    }

    @Test
    void shouldDeleteOnlyTheWholeFilesBeforeTheCheckpointedCycle() {
        try (CommandJournal journal = open()) {
            long[] positions = appendInThreeCycles(journal);
            List<Path> files = JournalFiles.cycleFiles(directory);

            assertEquals(0, journal.deleteUpTo(positions[2]));
            assertEquals(1, journal.deleteUpTo(positions[4]));

            assertEquals(files.subList(1, 3), JournalFiles.cycleFiles(directory));
        }
        try (CommandJournal journal = open()) {
            Replayed replayed = Replayed.from(journal, CommandJournal.BEFORE_FIRST);
            assertEquals(6, replayed.size());
            assertArrayEquals(Commands.bytes(3, Commands.LENGTH), replayed.commands.get(0));
        }
    }

    @Test
    void shouldNeverDeleteTheFileBeingWritten() {
        try (CommandJournal journal = open()) {
            long[] positions = appendInThreeCycles(journal);
            List<Path> files = JournalFiles.cycleFiles(directory);

            assertEquals(2, journal.deleteUpTo(positions[8]));

            assertEquals(files.subList(2, 3), JournalFiles.cycleFiles(directory));
            long next = journal.append(Commands.offHeap(9), 0, Commands.LENGTH);
            assertEquals(positions[8] + 1, next);
        }
    }

    @Test
    void shouldKeepTheNewestFileBeforeAppendingStarts() {
        long[] positions;
        try (CommandJournal journal = open()) {
            positions = appendInThreeCycles(journal);
        }
        wallClock.addAndGet(60_000);

        try (CommandJournal journal = open()) {
            assertEquals(2, journal.deleteUpTo(Long.MAX_VALUE));

            Replayed replayed = Replayed.from(journal, CommandJournal.BEFORE_FIRST);
            assertEquals(List.of(positions[6], positions[7], positions[8]), replayed.positions);
        }
    }

    @Test
    void shouldCutATornTailWhileTheClockIsAlreadyInALaterCycle() {
        long[] positions;
        try (CommandJournal journal = open()) {
            positions = appendInThreeCycles(journal);
        }
        JournalFiles.Span last = JournalFiles.recordAt(directory, positions[8], TestRollCycles.TEST_SECONDLY);
        JournalFiles.flipByte(last.file(), last.end() - 1);
        wallClock.addAndGet(10_000);

        try (JournalLog log = new JournalLog(); CommandJournal journal = open()) {
            assertEquals(1, log.warnings().size());
            assertEquals(8, Replayed.from(journal, CommandJournal.BEFORE_FIRST).size());
            Commands.append(journal, 100, 102);
        }

        // The cut file ends with Chronicle's end-of-file marker, so replay goes on into the newer file.
        try (CommandJournal journal = open()) {
            Replayed replayed = Replayed.from(journal, CommandJournal.BEFORE_FIRST);
            assertEquals(10, replayed.size());
            assertArrayEquals(Commands.bytes(101, Commands.LENGTH), replayed.commands.get(9));
            assertTrue(replayed.positions.get(8) > positions[8]);
        }
    }

    @Test
    void shouldKeepThePositionsOfAWhollyTornFileTaken() {
        long[] positions;
        try (CommandJournal journal = open()) {
            positions = appendInThreeCycles(journal);
        }
        for (int n = 6; n < 9; n++) {
            JournalFiles.Span record = JournalFiles.recordAt(directory, positions[n], TestRollCycles.TEST_SECONDLY);
            JournalFiles.flipByte(record.file(), record.frameStart());
        }

        try (JournalLog log = new JournalLog(); CommandJournal journal = open()) {
            assertTrue(log.warnings().get(0).contains("dropped 3 record(s)"), log.warnings().toString());
            Replayed replayed = Replayed.from(journal, CommandJournal.BEFORE_FIRST);
            assertEquals(6, replayed.size());
            assertEquals(positions[5], replayed.lastReturned);
            assertEquals(positions[8] + 1, journal.append(Commands.offHeap(9), 0, Commands.LENGTH));
        }
        assertTrue(Files.exists(JournalFiles.cycleFiles(directory).get(2)));
    }
}
