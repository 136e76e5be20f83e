package io.telesim.engine.statement;

import static io.telesim.engine.statement.Records.ALICE;
import static io.telesim.engine.statement.Records.BOB;
import static io.telesim.engine.statement.Records.CAROL;
import static io.telesim.engine.statement.Records.at;
import static io.telesim.engine.statement.Records.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heads map is a cache of the log: whatever state a crash leaves it in, queries answer from the log. */
class HeadsRepairTest {

    private static final long[] NUMBERS = {ALICE, BOB, CAROL};
    private static final long START = at("2026-01-01T00:00:00Z");

    @TempDir
    Path directory;
    @TempDir
    Path saved;

    private final List<StatementRecord> written = new ArrayList<>();

    @Test
    void shouldCatchUpHeadsThatAreBehindTheLog() throws Exception {
        appendAndClose(0, 300);
        copy(heads(directory), heads(saved));
        appendAndClose(300, 600);
        copy(heads(saved), heads(directory));

        try (StatementStore store = TestStores.open(directory)) {
            assertEveryNumberHasExactlyItsRecords(store);
        }
    }

    @Test
    void shouldRebuildHeadsThatAreLost() throws Exception {
        appendAndClose(0, 400);
        Files.delete(heads(directory));

        try (StatementStore store = TestStores.open(directory)) {
            assertEveryNumberHasExactlyItsRecords(store);
            assertEquals(NUMBERS.length, store.numbers());
        }
    }

    @Test
    void shouldRebuildHeadsThatCannotBeRead() throws Exception {
        appendAndClose(0, 200);
        Files.write(heads(directory), new byte[4096]);

        try (StatementStore store = TestStores.open(directory)) {
            assertEveryNumberHasExactlyItsRecords(store);
        }
    }

    @Test
    void shouldRebuildHeadsThatAreAheadOfALogThatLostItsTail() throws Exception {
        appendAndClose(0, 300);
        copyTree(log(directory), log(saved));
        appendAndClose(300, 600);
        replaceTree(log(saved), log(directory));
        written.subList(300, 600).clear();

        try (StatementStore store = TestStores.open(directory)) {
            assertEveryNumberHasExactlyItsRecords(store);
        }
    }

    @Test
    void shouldRebuildHeadsAfterTheMachineRestartedEvenWhenTheyClaimToBeCurrent() throws Exception {
        dieMidBatchAndLoseTheLogsTail();
        Files.writeString(marker(directory), "a-boot-before-the-power-cut", StandardCharsets.US_ASCII);
        written.subList(300, 600).clear();

        try (StatementStore store = TestStores.open(directory)) {
            assertEveryNumberHasExactlyItsRecords(store);
        }
    }

    @Test
    void shouldFailAQueryLoudlyRatherThanAnswerFromHeadsThatPointPastTheLog() throws Exception {
        dieMidBatchAndLoseTheLogsTail();

        // the same boot: the store trusts the page cache, so it does not see the (impossible) lost tail
        try (StatementStore store = TestStores.open(directory)) {
            assertThrows(IllegalStateException.class, () -> store.query(ALICE, 0, Long.MAX_VALUE, 1_000, Page.FIRST));
            store.rebuildHeads();
            written.subList(300, 600).clear();
            assertEveryNumberHasExactlyItsRecords(store);
        }
    }

    /**
     * The process dies mid-batch, its heads already past the last endOfBatch, and the log loses that
     * batch: heads ahead of the log while they claim to be current. The marker says the same boot.
     */
    private void dieMidBatchAndLoseTheLogsTail() throws IOException {
        appendAndClose(0, 300);
        copyTree(log(directory), log(saved));
        StatementStore crashed = TestStores.open(directory);
        for (int i = 300; i < 600; i++) {
            crashed.append(record(i));
        }
        copy(heads(directory), heads(saved));
        copy(marker(directory), marker(saved));
        crashed.close();
        copy(heads(saved), heads(directory));
        replaceTree(log(saved), log(directory));
        copy(marker(saved), marker(directory));
    }

    private void appendAndClose(int from, int to) throws IOException {
        try (StatementStore store = TestStores.open(directory)) {
            for (int i = from; i < to; i++) {
                store.append(record(i));
                if (i % 50 == 49) {
                    store.endOfBatch();
                }
            }
        }
    }

    /** Record i: three numbers in turn, one every six hours, so the records span months. */
    private StatementRecord record(int i) {
        StatementRecord record = call(NUMBERS[i % NUMBERS.length], START + i * 21_600_000L, ALICE, i, i, i);
        written.add(record);
        return record;
    }

    private void assertEveryNumberHasExactlyItsRecords(StatementStore store) {
        for (long number : NUMBERS) {
            List<StatementRecord> expected = new ArrayList<>();
            for (StatementRecord record : written) {
                if (record.msisdn() == number) {
                    expected.add(0, record);
                }
            }
            assertEquals(expected, store.query(number, 0, Long.MAX_VALUE, 1_000, Page.FIRST).records());
        }
    }

    private static Path heads(Path store) {
        return store.resolve("heads.cm3");
    }

    private static Path log(Path store) {
        return store.resolve("log");
    }

    private static Path marker(Path store) {
        return store.resolve("open.marker");
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void replaceTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(to)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        copyTree(from, to);
    }
}
