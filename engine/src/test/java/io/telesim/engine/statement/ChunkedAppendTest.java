package io.telesim.engine.statement;

import static io.telesim.engine.statement.Records.ALICE;
import static io.telesim.engine.statement.Records.BOB;
import static io.telesim.engine.statement.Records.at;
import static io.telesim.engine.statement.Records.movement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.telesim.billing.result.MovementKind;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine appends many commands' records to one chunk of the log and commits it before replying. */
class ChunkedAppendTest {

    private static final long DAY = at("2026-02-10T10:00:00Z");

    @TempDir
    Path directory;

    @Test
    void shouldShowAChunksRecordsToQueriesOnlyOnceItIsCommitted() throws Exception {
        try (StatementStore store = TestStores.open(directory)) {
            List<StatementRecord> alice = new ArrayList<>();
            for (long command = 1; command <= 5; command++) {
                for (StatementRecord record : transfer(command)) {
                    store.appendToChunk(record);
                    if (record.msisdn() == ALICE) {
                        alice.add(0, record);
                    }
                }
            }
            assertEquals(List.of(), store.query(ALICE, 0, Long.MAX_VALUE, 100, Page.FIRST).records());

            store.commit();

            assertEquals(alice, store.query(ALICE, 0, Long.MAX_VALUE, 100, Page.FIRST).records());
            assertEquals(5, store.query(BOB, 0, Long.MAX_VALUE, 100, Page.FIRST).records().size());
        }
    }

    @Test
    void shouldPageNewestFirstAcrossChunksThatFilledThemselves() throws Exception {
        int records = 3 * ChunkLayout.MAX_RECORDS + 17;
        List<StatementRecord> appended = new ArrayList<>();
        try (StatementStore store = TestStores.open(directory)) {
            long previous = StatementStore.NO_RECORD;
            for (int i = 0; i < records; i++) {
                StatementRecord record = movement(ALICE, DAY + i * 60_000L, MovementKind.TOP_UP, 100 + i, i).journalPosition(i);
                long position = store.appendToChunk(record);
                assertTrue(position > previous, "positions grow: " + position + " after " + previous);
                previous = position;
                appended.add(0, record);
            }
            store.endOfBatch();
        }

        try (StatementStore store = TestStores.open(directory)) {
            List<StatementRecord> read = new ArrayList<>();
            long cursor = Page.FIRST;
            do {
                Page page = store.query(ALICE, 0, Long.MAX_VALUE, 100, cursor);
                read.addAll(page.records());
                cursor = page.nextCursor();
            } while (cursor != Page.END);
            assertEquals(appended, read);
            assertEquals(records - 1, store.lastJournalPosition());
        }
    }

    @Test
    void shouldLoseOnlyTheOpenChunkWhenTheProcessDiesAndTakeItsCommandsAgainOnReplay() throws Exception {
        Path store = directory.resolve("store");
        runChild(DyingWithAnOpenChunk.class, store);

        try (StatementStore reopened = TestStores.open(store)) {
            assertEquals(DyingWithAnOpenChunk.COMMITTED, reopened.lastJournalPosition());
            List<Long> answers = new ArrayList<>();
            for (long command = 1; command <= DyingWithAnOpenChunk.APPENDED; command++) {
                for (StatementRecord record : transfer(command)) {
                    answers.add(reopened.appendToChunk(record));
                }
            }
            reopened.commit();

            int alreadyStored = 3 * (int) DyingWithAnOpenChunk.COMMITTED;
            assertTrue(answers.subList(0, alreadyStored).stream().allMatch(answer -> answer == StatementStore.ALREADY_STORED));
            assertTrue(answers.subList(alreadyStored, answers.size()).stream().allMatch(answer -> answer >= 0));
            assertEquals(DyingWithAnOpenChunk.APPENDED, reopened.query(BOB, 0, Long.MAX_VALUE, 1_000, Page.FIRST).records().size());
            assertEquals(2 * DyingWithAnOpenChunk.APPENDED, reopened.query(ALICE, 0, Long.MAX_VALUE, 1_000, Page.FIRST).records().size());
        }
    }

    @Test
    void shouldRefuseALogWrittenWithOneRecordPerDocument() throws Exception {
        Path store = directory.resolve("store");
        try (SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(store.resolve("log").toFile())
                .rollCycle(RollCycles.FAST_DAILY).build();
             ExcerptAppender appender = queue.createAppender();
             DocumentContext document = appender.writingDocument()) {
            document.wire().bytes().writeSkip(RecordLayout.LENGTH);
        }

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> TestStores.open(store));

        assertTrue(refused.getMessage().contains("one record per document"), refused.getMessage());
    }

    /** A transfer from Alice to Bob: three records, as the engine writes them for one journal command. */
    private static List<StatementRecord> transfer(long journalPosition) {
        long time = DAY + journalPosition * 1_000;
        return List.of(
                movement(ALICE, time, MovementKind.TRANSFER_OUT, 10_000, journalPosition).journalPosition(journalPosition),
                movement(ALICE, time, MovementKind.TRANSFER_FEE, 300, journalPosition).journalPosition(journalPosition),
                movement(BOB, time, MovementKind.TRANSFER_IN, 10_000, journalPosition).journalPosition(journalPosition));
    }

    private void runChild(Class<?> main, Path store) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.add(store.toString());
        Path output = directory.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(child.waitFor(2, TimeUnit.MINUTES), "the child JVM did not exit");
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(DyingWithAnOpenChunk.EXIT_STATUS, child.exitValue(), log);
    }

    /** A child JVM: commits the first commands' chunk, appends more to an open chunk, and dies without closing. */
    static final class DyingWithAnOpenChunk {

        static final long COMMITTED = 4;
        static final long APPENDED = 9;
        static final int EXIT_STATUS = 3;

        public static void main(String[] args) throws Exception {
            StatementStore store = TestStores.open(new File(args[0]).toPath());
            for (long command = 1; command <= APPENDED; command++) {
                for (StatementRecord record : transfer(command)) {
                    store.appendToChunk(record);
                }
                if (command == COMMITTED) {
                    store.endOfBatch();
                }
            }
            Runtime.getRuntime().halt(EXIT_STATUS);
        }
    }
}
