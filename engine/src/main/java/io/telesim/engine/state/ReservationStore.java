package io.telesim.engine.state;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;

import io.telesim.billing.rating.ReservationRecord;

/**
 * Open call and data reservations, keyed by session id, in a second Chronicle Map file, so that sessions open
 * at a crash still hold their money and units afterwards. The durable twin of billing-core's in-memory
 * {@code ReservationTable}: bounded by the capacity it was made with, {@link #claim} fails when full.
 *
 * <p>{@link ReservationRecord} cannot say which buffer it wraps, so callers wrap it once over a
 * {@link RecordSlot} and pass the slot: {@code reservation.wrap(slot, 0); store.find(id, slot)}.
 *
 * <p><b>Single writer</b>: only the engine's apply thread calls an open store.
 */
public final class ReservationStore implements AutoCloseable {

    /** Bump whenever {@link ReservationRecord}'s fields move or change meaning. */
    public static final int LAYOUT_VERSION = 1;
    public static final RecordLayout LAYOUT = new RecordLayout("reservation", LAYOUT_VERSION, ReservationRecord.LENGTH);

    private final FixedRecordStore records;

    private ReservationStore(FixedRecordStore records) {
        this.records = records;
    }

    public static ReservationStore open(Path file, long maxOpenSessions) throws IOException {
        return new ReservationStore(FixedRecordStore.open(file, LAYOUT, maxOpenSessions));
    }

    public static Checkpoint restore(Path snapshotFile, Path liveFile) throws IOException {
        return FixedRecordStore.restore(snapshotFile, liveFile, LAYOUT);
    }

    /** Takes a zeroed record for {@code sessionId} and points {@code slot} at it; false when open already or full. */
    public boolean claim(long sessionId, RecordSlot slot) {
        return sessionId != 0 && records.insert(sessionId, slot);
    }

    /** Points {@code slot} at the open reservation of {@code sessionId}; false when there is none. */
    public boolean find(long sessionId, RecordSlot slot) {
        return records.find(sessionId, slot);
    }

    public boolean contains(long sessionId) {
        return records.contains(sessionId);
    }

    /** Closes the reservation of {@code sessionId}; any slot pointing at it must not be used afterwards. */
    public boolean remove(long sessionId) {
        return records.remove(sessionId);
    }

    public long size() {
        return records.size();
    }

    public long capacity() {
        return records.capacity();
    }

    /** Calls {@code action} with every open session id (for expiry), in no particular order. */
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
}
