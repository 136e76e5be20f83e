package io.telesim.engine.state;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;

import io.telesim.billing.account.AccountRecord;

/**
 * Subscriber accounts, keyed by number, in a Chronicle Map file in the data directory and updated in place
 * through {@link AccountRecord} flyweights pointed straight at the mapped values.
 *
 * <p><b>Single writer</b>: only the engine's apply thread calls an open store; it holds no locks. See
 * {@link FixedRecordStore} for what survives a crash and how checkpoints restore the rest.
 */
public final class AccountStore implements AutoCloseable {

    /** Bump whenever {@link AccountRecord}'s fields move or change meaning: old files then refuse to open. */
    public static final int LAYOUT_VERSION = 2;
    public static final RecordLayout LAYOUT = new RecordLayout("account", LAYOUT_VERSION, AccountRecord.LENGTH);

    private final FixedRecordStore records;
    private final RecordSlot touchSlot = new RecordSlot();
    private final AccountRecord touchCursor = new AccountRecord().wrap(touchSlot, 0);

    private AccountStore(FixedRecordStore records) {
        this.records = records;
    }

    /** Opens the accounts in {@code file}, creating a map sized for {@code maxAccounts} if there is none yet. */
    public static AccountStore open(Path file, long maxAccounts) throws IOException {
        return new AccountStore(FixedRecordStore.open(file, LAYOUT, maxAccounts));
    }

    /** See {@link FixedRecordStore#closedCleanly}. */
    public static boolean closedCleanly(Path file) throws IOException {
        return FixedRecordStore.closedCleanly(file);
    }

    /** Replaces {@code liveFile} with a verified account checkpoint; see {@link FixedRecordStore#restore}. */
    public static Checkpoint restore(Path snapshotFile, Path liveFile) throws IOException {
        return FixedRecordStore.restore(snapshotFile, liveFile, LAYOUT);
    }

    /**
     * Points {@code into} at the account of {@code msisdn}, so its reads and writes go straight to the map.
     * Allocation-free once {@code into} has been pointed by a store before: its {@link RecordSlot} is reused.
     *
     * @return false, leaving {@code into} as it was, when there is no such account
     */
    public boolean find(long msisdn, AccountRecord into) {
        long address = records.address(msisdn);
        if (address == FixedRecordStore.MISSING) {
            return false;
        }
        point(into, address);
        return true;
    }

    /**
     * Adds a zeroed account for {@code msisdn} and points {@code into} at it.
     *
     * @return false, leaving {@code into} as it was, when the account exists or the store is full
     */
    public boolean create(long msisdn, AccountRecord into) {
        long address = records.insert(msisdn);
        if (address < 0) {
            return false;
        }
        point(into, address);
        return true;
    }

    /** Removes the account of {@code msisdn}; flyweights pointed at it must not be used afterwards. */
    public boolean remove(long msisdn) {
        return records.remove(msisdn);
    }

    public boolean contains(long msisdn) {
        return records.contains(msisdn);
    }

    /** The native address of {@code msisdn}'s account, or a negative number when there is none; for {@link #touchAt}. */
    public long locate(long msisdn) {
        long address = records.address(msisdn);
        return address == FixedRecordStore.MISSING ? -1 : address;
    }

    /**
     * Reads the cache lines the rating loop will use of the account at {@code address} (from {@link #locate}),
     * so that a loop touching the next events' accounts overlaps their cache misses. Returns a value to keep
     * (0 for a negative address).
     */
    public long touchAt(long address) {
        if (address < 0) {
            return 0;
        }
        touchSlot.point(address, AccountRecord.LENGTH);
        return touchCursor.touch();
    }

    public long size() {
        return records.size();
    }

    public long capacity() {
        return records.capacity();
    }

    /** True when the last owner died with the store open; see {@link FixedRecordStore#recoveredAfterCrash}. */
    public boolean recoveredAfterCrash() {
        return records.recoveredAfterCrash();
    }

    /** Calls {@code action} with every stored number (for the scheduler), in no particular order. */
    public void forEach(LongConsumer action) {
        records.forEachKey(action);
    }

    /** See {@link FixedRecordStore#checkpoint}: call with the writer paused. */
    public Checkpoint checkpoint(Path snapshotFile, long appliedPosition) throws IOException {
        return records.checkpoint(snapshotFile, appliedPosition);
    }

    /** See {@link FixedRecordStore#newCheckpointStage}. */
    public CheckpointStage newCheckpointStage() throws IOException {
        return records.newCheckpointStage();
    }

    /** See {@link FixedRecordStore#capture}: call with the writer paused; false while the stage is still busy. */
    public boolean capture(CheckpointStage stage, long appliedPosition) throws IOException {
        return records.capture(stage, appliedPosition);
    }

    @Override
    public void close() throws IOException {
        records.close();
    }

    private static void point(AccountRecord into, long address) {
        // A flyweight pointed by a store before already owns a slot; the first time, it gets one to keep.
        RecordSlot slot = into.buffer() instanceof RecordSlot own ? own : new RecordSlot();
        slot.point(address, AccountRecord.LENGTH);
        into.wrap(slot, 0);
    }
}
