package io.telesim.engine.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.account.AccountRecord;

class CheckpointTest {

    private static final long FIRST = 79_360_000_000L;
    private static final int ACCOUNTS = 1_000;
    /** Records of another kind and size than accounts. */
    private static final RecordLayout OTHER_LAYOUT = new RecordLayout("reservation", 1, 120);

    @TempDir
    Path dir;

    private Path live() {
        return dir.resolve("accounts.map");
    }

    private Path snapshot() {
        return dir.resolve("accounts.checkpoint");
    }

    @Test
    void shouldRestoreExactlyTheCheckpointedStateEvenAfterLaterWrites() throws IOException {
        AccountRecord account = new AccountRecord();
        try (AccountStore store = AccountStore.open(live(), 2 * ACCOUNTS)) {
            for (int i = 0; i < ACCOUNTS; i++) {
                store.create(FIRST + i, account);
                account.msisdn(FIRST + i);
                account.balance(i);
            }
            Checkpoint checkpoint = store.checkpoint(snapshot(), 42);
            assertEquals(42, checkpoint.appliedPosition());
            assertEquals(Files.size(live()), checkpoint.dataBytes());

            for (int i = 0; i < ACCOUNTS; i++) {
                store.find(FIRST + i, account);
                account.balance(-1);
            }
            store.create(FIRST + ACCOUNTS, account);
        }

        Checkpoint restored = AccountStore.restore(snapshot(), live());
        assertEquals(42, restored.appliedPosition());
        try (AccountStore store = AccountStore.open(live(), 2 * ACCOUNTS)) {
            assertEquals(ACCOUNTS, store.size());
            assertFalse(store.contains(FIRST + ACCOUNTS));
            for (int i = 0; i < ACCOUNTS; i++) {
                assertTrue(store.find(FIRST + i, account));
                assertEquals(i, account.balance(), "balance of account " + i);
            }
        }
    }

    @Test
    void shouldCaptureWhilePausedAndWriteTheCopyFromAnotherThread() throws Exception {
        AccountRecord account = new AccountRecord();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (AccountStore store = AccountStore.open(live(), 2 * ACCOUNTS);
             CheckpointStage stage = store.newCheckpointStage()) {
            for (int i = 0; i < ACCOUNTS; i++) {
                store.create(FIRST + i, account);
                account.balance(i);
            }
            assertTrue(store.capture(stage, 99));
            // The writer resumes at once; the copy is written meanwhile.
            Future<Checkpoint> written = writer.submit(() -> stage.writeTo(snapshot()));
            for (int i = 0; i < ACCOUNTS; i++) {
                store.find(FIRST + i, account);
                account.balance(-1);
            }
            Checkpoint checkpoint = written.get(30, TimeUnit.SECONDS);
            assertEquals(99, checkpoint.appliedPosition());
            assertFalse(stage.isHolding());
        } finally {
            writer.shutdown();
        }
        assertEquals(99, AccountStore.restore(snapshot(), live()).appliedPosition());
        try (AccountStore store = AccountStore.open(live(), 2 * ACCOUNTS)) {
            for (int i = 0; i < ACCOUNTS; i++) {
                assertTrue(store.find(FIRST + i, account));
                assertEquals(i, account.balance(), "balance of account " + i);
            }
        }
    }

    @Test
    void shouldRefuseACaptureWhileTheStageStillHoldsTheLastOne() throws IOException {
        try (AccountStore store = AccountStore.open(live(), 10);
             CheckpointStage stage = store.newCheckpointStage()) {
            assertThrows(IllegalStateException.class, () -> stage.writeTo(snapshot()));
            assertTrue(store.capture(stage, 1));
            assertTrue(stage.isHolding());
            assertFalse(store.capture(stage, 2));
            assertEquals(1, stage.writeTo(snapshot()).appliedPosition());
            assertTrue(store.capture(stage, 3));
            assertEquals(3, stage.writeTo(snapshot()).appliedPosition());
        }
    }

    @Test
    void shouldWriteTheSameCheckpointWhetherStagedOrDirect() throws IOException {
        Path direct = dir.resolve("direct.checkpoint");
        try (AccountStore store = AccountStore.open(live(), 100);
             CheckpointStage stage = store.newCheckpointStage()) {
            AccountRecord account = new AccountRecord();
            for (int i = 0; i < 50; i++) {
                store.create(FIRST + i, account);
                account.balance(i * 7L);
            }
            store.checkpoint(direct, 5);
            store.capture(stage, 5);
            stage.writeTo(snapshot());
        }
        assertArrayEquals(Files.readAllBytes(direct), Files.readAllBytes(snapshot()));
    }

    @Test
    void shouldRestoreOverAStoreItsOwnerNeverClosed() throws IOException {
        AccountRecord account = new AccountRecord();
        try (AccountStore store = AccountStore.open(live(), 10)) {
            store.create(FIRST, account);
            account.balance(100);
            store.checkpoint(snapshot(), 7);
        }
        // A crash leaves the meta marked open; restoring must still work and mark it clean.
        try (StoreMetaFile meta = StoreMetaFile.lock(live())) {
            meta.write(meta.read().withState(StoreState.OPEN));
        }
        assertFalse(AccountStore.closedCleanly(live()));
        AccountStore.restore(snapshot(), live());
        assertTrue(AccountStore.closedCleanly(live()));
        try (AccountStore store = AccountStore.open(live(), 10)) {
            assertFalse(store.recoveredAfterCrash());
            assertTrue(store.find(FIRST, account));
            assertEquals(100, account.balance());
        }
    }

    @Test
    void shouldRestoreIntoAnEmptyDataDirectory() throws IOException {
        try (AccountStore store = AccountStore.open(live(), 10)) {
            store.create(FIRST, new AccountRecord());
            store.checkpoint(snapshot(), 3);
        }
        Path elsewhere = dir.resolve("fresh").resolve("accounts.map");
        Files.createDirectories(elsewhere.getParent());
        assertEquals(3, AccountStore.restore(snapshot(), elsewhere).appliedPosition());
        try (AccountStore store = AccountStore.open(elsewhere, 10)) {
            assertTrue(store.contains(FIRST));
        }
    }

    @Test
    void shouldReadTheAppliedPositionWithoutRestoring() throws IOException {
        try (AccountStore store = AccountStore.open(live(), 10)) {
            store.checkpoint(snapshot(), 1_234_567);
        }
        Checkpoint checkpoint = FixedRecordStore.readCheckpoint(snapshot());
        assertEquals(1_234_567, checkpoint.appliedPosition());
        assertEquals(AccountStore.LAYOUT, checkpoint.layout());
        assertEquals(10, checkpoint.capacity());
    }

    @Test
    void shouldRejectACheckpointWithAFlippedByteAndKeepTheLiveFile() throws IOException {
        writeCheckpointThenChangeLiveBalance();
        try (RandomAccessFile raf = new RandomAccessFile(snapshot().toFile(), "rw")) {
            long at = SnapshotFile.HEADER + new Random(1).nextInt((int) (raf.length() - SnapshotFile.HEADER - SnapshotFile.FOOTER));
            raf.seek(at);
            int original = raf.read();
            raf.seek(at);
            raf.write(original ^ 0x10);
        }
        StateFileException refused = assertThrows(StateFileException.class, () -> AccountStore.restore(snapshot(), live()));
        assertMentions(refused, snapshot(), "checksum mismatch");
        assertLiveBalanceIs(200);
    }

    @Test
    void shouldRejectATruncatedCheckpoint() throws IOException {
        writeCheckpointThenChangeLiveBalance();
        try (RandomAccessFile raf = new RandomAccessFile(snapshot().toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        StateFileException refused = assertThrows(StateFileException.class, () -> AccountStore.restore(snapshot(), live()));
        assertMentions(refused, snapshot(), "truncated");
        assertLiveBalanceIs(200);
    }

    @Test
    void shouldRejectAFileThatIsNotACheckpoint() throws IOException {
        writeCheckpointThenChangeLiveBalance();
        byte[] garbage = new byte[4096];
        new Random(2).nextBytes(garbage);
        Files.write(snapshot(), garbage);
        StateFileException refused = assertThrows(StateFileException.class, () -> AccountStore.restore(snapshot(), live()));
        assertMentions(refused, snapshot(), "not a Telesim checkpoint");
        assertLiveBalanceIs(200);
    }

    @Test
    void shouldRejectACheckpointOfAnotherRecordLayout() throws IOException {
        Path reservations = dir.resolve("reservations.map");
        try (FixedRecordStore store = FixedRecordStore.open(reservations, OTHER_LAYOUT, 10)) {
            store.insert(5, new RecordSlot());
            store.checkpoint(snapshot(), 1);
        }
        StateFileException refused = assertThrows(StateFileException.class, () -> AccountStore.restore(snapshot(), live()));
        assertMentions(refused, snapshot(), "holds reservation v1 (120 bytes) records, expected " + AccountStore.LAYOUT);
        assertFalse(Files.exists(live()));
    }

    @Test
    void shouldRefuseToRestoreUnderAnOpenStore() throws IOException {
        try (AccountStore store = AccountStore.open(live(), 10)) {
            store.checkpoint(snapshot(), 1);
            StateFileException refused = assertThrows(StateFileException.class, () -> AccountStore.restore(snapshot(), live()));
            assertTrue(refused.getMessage().contains("already open"), refused.getMessage());
        }
    }

    private void writeCheckpointThenChangeLiveBalance() throws IOException {
        AccountRecord account = new AccountRecord();
        try (AccountStore store = AccountStore.open(live(), 10)) {
            store.create(FIRST, account);
            account.balance(100);
            store.checkpoint(snapshot(), 1);
            account.balance(200);
        }
    }

    private void assertLiveBalanceIs(long expected) throws IOException {
        try (AccountStore store = AccountStore.open(live(), 10)) {
            AccountRecord account = new AccountRecord();
            assertTrue(store.find(FIRST, account));
            assertEquals(expected, account.balance());
        }
    }

    static void assertMentions(StateFileException e, Path file, String problem) {
        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
