package io.telesim.engine.statement;

import static io.telesim.engine.statement.Records.ALICE;
import static io.telesim.engine.statement.Records.BOB;
import static io.telesim.engine.statement.Records.at;
import static io.telesim.engine.statement.Records.movement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.telesim.billing.result.MovementKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a restart the engine replays its journal; the statement holds every command's records exactly once. */
class ReplayAfterCrashTest {

    private static final long DAY = at("2026-02-10T10:00:00Z");

    @TempDir
    Path directory;

    @Test
    void shouldStoreEachCommandsRecordsOnceWhenTheCrashToreTheLastCommandsGroup() throws Exception {
        try (StatementStore store = TestStores.open(directory)) {
            for (StatementRecord record : command(100)) {
                store.append(record);
            }
            store.append(command(101).get(0));
            store.append(command(101).get(1)); // the crash comes before the third record of command 101
        }

        try (StatementStore store = TestStores.open(directory)) {
            assertEquals(101, store.lastJournalPosition());
            List<Long> answers = new ArrayList<>();
            for (long journalPosition = 100; journalPosition <= 102; journalPosition++) {
                for (StatementRecord record : command(journalPosition)) {
                    answers.add(store.append(record));
                }
            }

            assertEquals(List.of(StatementStore.ALREADY_STORED, StatementStore.ALREADY_STORED, StatementStore.ALREADY_STORED,
                    StatementStore.ALREADY_STORED, StatementStore.ALREADY_STORED), answers.subList(0, 5));
            assertTrue(answers.subList(5, 9).stream().allMatch(position -> position >= 0), answers.toString());
            List<StatementRecord> expected = new ArrayList<>();
            for (long journalPosition = 100; journalPosition <= 102; journalPosition++) {
                for (StatementRecord record : command(journalPosition)) {
                    if (record.msisdn() == ALICE) {
                        expected.add(0, record);
                    }
                }
            }
            assertEquals(expected, store.query(ALICE, 0, Long.MAX_VALUE, 100, Page.FIRST).records());
            assertEquals(102, store.lastJournalPosition());
        }
    }

    @Test
    void shouldStoreEverythingAfterACleanStopWhoseLastCommandWasComplete() throws Exception {
        try (StatementStore store = TestStores.open(directory)) {
            for (StatementRecord record : command(100)) {
                store.append(record);
            }
        }

        try (StatementStore store = TestStores.open(directory)) {
            for (StatementRecord record : command(100)) {
                assertEquals(StatementStore.ALREADY_STORED, store.append(record));
            }
            for (StatementRecord record : command(101)) {
                assertTrue(store.append(record) >= 0);
            }
            assertEquals(4, store.query(ALICE, 0, Long.MAX_VALUE, 100, Page.FIRST).records().size());
            assertEquals(2, store.query(BOB, 0, Long.MAX_VALUE, 100, Page.FIRST).records().size());
        }
    }

    /** A transfer from Alice to Bob: three records, as the engine writes them for one journal command. */
    private static List<StatementRecord> command(long journalPosition) {
        long time = DAY + journalPosition * 1_000;
        return List.of(
                movement(ALICE, time, MovementKind.TRANSFER_OUT, 10_000, journalPosition).journalPosition(journalPosition),
                movement(ALICE, time, MovementKind.TRANSFER_FEE, 300, journalPosition).journalPosition(journalPosition),
                movement(BOB, time, MovementKind.TRANSFER_IN, 10_000, journalPosition).journalPosition(journalPosition));
    }
}
