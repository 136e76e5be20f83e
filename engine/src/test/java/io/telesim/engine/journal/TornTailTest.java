package io.telesim.engine.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;
import net.openhft.chronicle.wire.Wires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal whose end was torn (records half on disk after a power loss, garbage after the last record,
 * an append that never finished) opens cut at its last intact record, says so once, and goes on.
 */
class TornTailTest {

    @TempDir
    Path directory;

    private CommandJournal open() {
        return CommandJournal.open(directory, FsyncPolicy.PER_BATCH, System::nanoTime);
    }

    private long[] appendAndClose(int count) {
        try (CommandJournal journal = open()) {
            return Commands.append(journal, 0, count);
        }
    }

    @Test
    void shouldCutALastRecordWhoseBytesWereDamaged() {
        long[] positions = appendAndClose(10);
        JournalFiles.Span last = JournalFiles.recordAt(directory, positions[9]);
        JournalFiles.flipByte(last.file(), last.end() - 1);

        assertCutAfter(positions, 9, 1, "does not match");
    }

    @Test
    void shouldCutARecordWhoseSecondHalfNeverReachedTheDisk() {
        long[] positions = appendAndClose(10);
        JournalFiles.Span last = JournalFiles.recordAt(directory, positions[9]);
        long half = (last.end() - last.frameStart()) / 2;
        JournalFiles.write(last.file(), last.frameStart() + half, new byte[(int) (last.end() - last.frameStart() - half)]);

        assertCutAfter(positions, 9, 1, "does not match");
    }

    @Test
    void shouldCutAHalfRecordWrittenAfterTheLastOne() {
        long[] positions = appendAndClose(10);
        JournalFiles.Span last = JournalFiles.recordAt(directory, positions[9]);
        int length = (int) (last.end() - last.header());
        byte[] record = JournalFiles.read(last.file(), last.header(), length);
        // The header and the first half of a copy of the last record, as if its second page was lost.
        JournalFiles.write(last.file(), last.end(), Arrays.copyOf(record, length / 2));

        assertCutAfter(positions, 10, 1, "does not match");
    }

    @Test
    void shouldCutGarbageThatLooksLikeARecordAfterTheLastOne() {
        long[] positions = appendAndClose(10);
        JournalFiles.Span last = JournalFiles.recordAt(directory, positions[9]);
        byte[] garbage = new byte[200];
        Arrays.fill(garbage, (byte) 0x5A);
        System.arraycopy(JournalFiles.littleEndianInt(120), 0, garbage, 0, 4);
        JournalFiles.write(last.file(), last.end(), garbage);

        assertCutAfter(positions, 10, 1, "length");
    }

    @Test
    void shouldCutAHeaderAfterTheLastRecordThatClaimsAGigabyte() {
        long[] positions = appendAndClose(10);
        JournalFiles.Span last = JournalFiles.recordAt(directory, positions[9]);
        JournalFiles.write(last.file(), last.end(), JournalFiles.littleEndianInt(0x3FFF_FFF0));

        assertCutAfter(positions, 10, 1, "beyond the largest command");
    }

    @Test
    void shouldCutSeveralDamagedRecordsAtTheEnd() {
        long[] positions = appendAndClose(10);
        for (int n = 7; n < 10; n++) {
            JournalFiles.Span record = JournalFiles.recordAt(directory, positions[n]);
            JournalFiles.flipByte(record.file(), record.frameStart() + 20);
        }

        assertCutAfter(positions, 7, 3, "does not match");
    }

    @Test
    void shouldClearAnAppendThatNeverCompleted() {
        long[] positions = appendAndClose(10);
        JournalFiles.Span last = JournalFiles.recordAt(directory, positions[9]);
        // This Chronicle sets a header last: a writer killed mid-append leaves a 0 header and some bytes.
        byte[] unfinished = new byte[4 + 50];
        Arrays.fill(unfinished, 4, unfinished.length, (byte) 0x33);
        JournalFiles.write(last.file(), last.end(), unfinished);

        assertUnfinishedAppendCleared(positions, last, 4 + 50);
    }

    @Test
    void shouldClearAnAppendThatAnOlderChronicleMarkedNotComplete() {
        long[] positions = appendAndClose(10);
        JournalFiles.Span last = JournalFiles.recordAt(directory, positions[9]);
        byte[] unfinished = new byte[4 + 30];
        System.arraycopy(JournalFiles.littleEndianInt(0x80000000), 0, unfinished, 0, 4);
        Arrays.fill(unfinished, 4, unfinished.length, (byte) 0x33);
        JournalFiles.write(last.file(), last.end(), unfinished);

        assertUnfinishedAppendCleared(positions, last, 4 + 30);
    }

    @Test
    void shouldClearAnUnfinishedAppendBehindTheIndexBlockThatFollowsTheLastRecord() {
        // With an index entry every 4 records and 32 per block, record 129 starts a new index block after itself.
        JournalSettings settings = JournalSettings.of(directory, FsyncPolicy.NONE, System::nanoTime)
                .withRollCycle(TestRollCycles.TEST4_SECONDLY).withWallClock(() -> 1_780_000_000_000L);
        long[] positions;
        try (CommandJournal journal = CommandJournal.open(settings)) {
            positions = Commands.append(journal, 0, 129);
        }
        JournalFiles.Span last = JournalFiles.recordAt(directory, positions[128], TestRollCycles.TEST4_SECONDLY);
        byte[] indexHeader = JournalFiles.read(last.file(), last.end(), 4);
        int header = ByteBuffer.wrap(indexHeader).order(ByteOrder.LITTLE_ENDIAN).getInt();
        assertTrue(Wires.isReadyMetaData(header), Integer.toHexString(header));
        long endOfDocuments = last.end() + 4 + Wires.lengthOf(header);
        byte[] unfinished = new byte[4 + 40];
        Arrays.fill(unfinished, 4, unfinished.length, (byte) 0x33);
        JournalFiles.write(last.file(), endOfDocuments, unfinished);

        try (JournalLog log = new JournalLog(); CommandJournal journal = CommandJournal.open(settings)) {
            assertEquals(1, log.warnings().size(), log.warnings().toString());
            assertTrue(log.warnings().get(0).contains("dropped 44 bytes of an append that never completed, after "
                    + "position " + positions[128] + " (byte offset " + endOfDocuments), log.warnings().get(0));
            assertArrayEquals(indexHeader, JournalFiles.read(last.file(), last.end(), 4));
            assertEquals(129, Replayed.from(journal, CommandJournal.BEFORE_FIRST).size());
            assertEquals(positions[128] + 1, journal.append(Commands.offHeap(129), 0, Commands.LENGTH));
        }
        try (CommandJournal journal = CommandJournal.open(settings)) {
            assertEquals(130, Replayed.from(journal, CommandJournal.BEFORE_FIRST).size());
        }
    }

    @Test
    void shouldStopReplayAtADamagedRecordWithIntactRecordsAfterIt() {
        long[] positions = appendAndClose(10);
        JournalFiles.Span fifth = JournalFiles.recordAt(directory, positions[4]);
        JournalFiles.flipByte(fifth.file(), fifth.frameStart() + 30);

        try (CommandJournal journal = open()) {
            Replayed replayed = new Replayed();
            JournalCorruptedException stopped = assertThrows(JournalCorruptedException.class,
                    () -> journal.replay(CommandJournal.BEFORE_FIRST, replayed));

            assertEquals(positions[4], stopped.position());
            assertTrue(stopped.getMessage().contains("position " + positions[4]), stopped.getMessage());
            assertEquals(4, replayed.size());
        }
    }

    @Test
    void shouldRefuseToOpenWhenADamagedTailHasIntactRecordsInside() {
        long[] positions = appendAndClose(10);
        for (int n : new int[] {4, 9}) {
            JournalFiles.Span record = JournalFiles.recordAt(directory, positions[n]);
            JournalFiles.flipByte(record.file(), record.frameStart() + 30);
        }

        JournalCorruptedException refused = assertThrows(JournalCorruptedException.class, this::open);

        assertEquals(positions[4], refused.position());
        assertTrue(refused.getMessage().contains("position " + positions[5]), refused.getMessage());
    }

    private void assertCutAfter(long[] positions, int intact, int dropped, String reason) {
        long lastGood = positions[intact - 1];
        try (JournalLog log = new JournalLog(); CommandJournal journal = open()) {
            List<String> warnings = log.warnings();
            assertEquals(1, warnings.size(), warnings.toString());
            String warning = warnings.get(0);
            assertTrue(warning.contains("after position " + lastGood), warning);
            assertTrue(warning.contains("dropped " + dropped + " record(s)"), warning);
            assertTrue(warning.contains("from position " + (lastGood + 1)), warning);
            assertTrue(warning.contains(reason), warning);
            assertFalse(Files.exists(directory.resolve(CycleRewriter.SCRATCH_DIRECTORY)));

            Replayed replayed = Replayed.from(journal, CommandJournal.BEFORE_FIRST);
            assertEquals(intact, replayed.size());
            assertEquals(lastGood, replayed.lastReturned);

            // The dropped positions stay taken: the next command comes after them.
            long next = journal.append(Commands.offHeap(100), 0, Commands.LENGTH);
            assertEquals(lastGood + dropped + 1, next);
        }
        try (JournalLog log = new JournalLog(); CommandJournal journal = open()) {
            assertEquals(List.of(), log.warnings());
            Replayed replayed = Replayed.from(journal, CommandJournal.BEFORE_FIRST);
            assertEquals(intact + 1, replayed.size());
            assertArrayEquals(Commands.bytes(100, Commands.LENGTH), replayed.commands.get(intact));
        }
    }

    private void assertUnfinishedAppendCleared(long[] positions, JournalFiles.Span last, int bytes) {
        try (JournalLog log = new JournalLog(); CommandJournal journal = open()) {
            List<String> warnings = log.warnings();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("dropped " + bytes + " bytes of an append that never completed, "
                    + "after position " + positions[9]), warnings.get(0));
            assertArrayEquals(new byte[64], JournalFiles.read(last.file(), last.end(), 64));

            assertEquals(10, Replayed.from(journal, CommandJournal.BEFORE_FIRST).size());
            assertEquals(positions[9] + 1, journal.append(Commands.offHeap(100), 0, Commands.LENGTH));
        }
        try (JournalLog log = new JournalLog(); CommandJournal journal = open()) {
            assertEquals(List.of(), log.warnings());
            assertEquals(11, Replayed.from(journal, CommandJournal.BEFORE_FIRST).size());
        }
    }
}
