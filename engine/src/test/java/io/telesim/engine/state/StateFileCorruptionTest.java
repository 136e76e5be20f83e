package io.telesim.engine.state;

import static io.telesim.engine.state.CheckpointTest.assertMentions;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.account.AccountRecord;

/** A state file that is damaged or not what it claims stops the open with a message naming it and the problem. */
class StateFileCorruptionTest {

    private static final long FIRST = 79_460_000_000L;
    // Chronicle would poll an unfinished header for a minute; every failure here must be prompt.
    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("accounts.map");
    }

    private void storeWithOneAccount() throws IOException {
        try (AccountStore store = AccountStore.open(file(), 100)) {
            AccountRecord account = new AccountRecord();
            store.create(FIRST, account);
            account.balance(5_000);
        }
    }

    private StateFileException openFails() {
        return assertTimeoutPreemptively(PROMPTLY, () -> assertThrows(StateFileException.class, () -> AccountStore.open(file(), 100)));
    }

    @Test
    void shouldRefuseAMapWithAGarbageHeader() throws IOException {
        storeWithOneAccount();
        byte[] garbage = new byte[200];
        new Random(3).nextBytes(garbage);
        try (RandomAccessFile raf = new RandomAccessFile(file().toFile(), "rw")) {
            raf.seek(16);
            raf.write(garbage);
        }
        assertMentions(openFails(), file(), "Chronicle Map cannot open it");
        markOpen();
        assertMentions(openFails(), file(), "Chronicle Map cannot open it");
    }

    /** Makes the files look like a crash's leftover, so that opening takes the recovery path. */
    private void markOpen() throws IOException {
        try (StoreMetaFile meta = StoreMetaFile.lock(file())) {
            meta.write(meta.read().withState(StoreState.OPEN));
        }
    }

    @Test
    void shouldRefuseAMapWhoseHeaderWasNeverFinished() throws IOException {
        storeWithOneAccount();
        try (RandomAccessFile raf = new RandomAccessFile(file().toFile(), "rw")) {
            raf.seek(8);
            raf.writeInt(0);
        }
        assertMentions(openFails(), file(), "header is not marked complete");
    }

    @Test
    void shouldRefuseATruncatedMap() throws IOException {
        storeWithOneAccount();
        try (RandomAccessFile raf = new RandomAccessFile(file().toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        assertMentions(openFails(), file(), "probably corrupted");
        // Still refused the second time, even as the leftover of a crash: recovery must not pad it with zeroes.
        markOpen();
        assertMentions(openFails(), file(), "probably corrupted");
    }

    @Test
    void shouldRefuseAMapCutInsideItsHeader() throws IOException {
        storeWithOneAccount();
        try (RandomAccessFile raf = new RandomAccessFile(file().toFile(), "rw")) {
            raf.setLength(5);
        }
        assertMentions(openFails(), file(), "truncated");
    }

    @Test
    void shouldRefuseAMapOfAnotherRecordLayout() throws IOException {
        FixedRecordStore.open(file(), new RecordLayout("reservation", 1, 120), 100).close();
        assertMentions(openFails(), file(), "holds reservation v1 (120 bytes) records, expected " + AccountStore.LAYOUT);
    }

    @Test
    void shouldRefuseAccountsWrittenWithTheOlder320ByteRecord() throws IOException {
        // Written before the corporate fields (SIM card, spending limit) grew the record: its balances sit elsewhere.
        FixedRecordStore.open(file(), new RecordLayout("account", 1, 320), 100).close();
        assertMentions(openFails(), file(), "holds account v1 (320 bytes) records, expected account v2 (384 bytes)");
    }

    @Test
    void shouldRefuseAMapWhoseValuesAreNotTheSizeItsMetaFileClaims() throws IOException {
        FixedRecordStore.open(file(), new RecordLayout("reservation", 1, 120), 100).close();
        try (StoreMetaFile meta = StoreMetaFile.lock(file())) {
            meta.write(new StoreMeta(AccountStore.LAYOUT, 100, StoreState.CLEAN));
        }
        assertMentions(openFails(), file(), "holds values of 120..120 bytes, expected exactly " + AccountRecord.LENGTH);
    }

    @Test
    void shouldRefuseAMapWithoutItsMetaFile() throws IOException {
        storeWithOneAccount();
        Files.delete(StoreMetaFile.pathFor(file()));
        assertMentions(openFails(), file(), "has no meta file");
    }

    @Test
    void shouldRefuseAMissingMapWhoseMetaFileRemainsRatherThanStartEmpty() throws IOException {
        storeWithOneAccount();
        Files.delete(file());
        assertMentions(openFails(), file(), "is missing");
    }

    @Test
    void shouldRefuseACorruptMetaFile() throws IOException {
        storeWithOneAccount();
        Path meta = StoreMetaFile.pathFor(file());
        try (RandomAccessFile raf = new RandomAccessFile(meta.toFile(), "rw")) {
            raf.seek(17);
            raf.write(raf.read() ^ 0xFF);
        }
        assertMentions(openFails(), meta, "checksum mismatch");
    }

    @Test
    void shouldRefuseATruncatedMetaFile() throws IOException {
        storeWithOneAccount();
        Path meta = StoreMetaFile.pathFor(file());
        try (RandomAccessFile raf = new RandomAccessFile(meta.toFile(), "rw")) {
            raf.setLength(10);
        }
        assertMentions(openFails(), meta, "truncated");
    }
}
