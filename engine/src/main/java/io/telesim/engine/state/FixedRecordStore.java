package io.telesim.engine.state;

import static java.nio.file.StandardOpenOption.READ;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

import org.agrona.collections.Long2LongHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.openhft.chronicle.bytes.BytesStore;
import net.openhft.chronicle.hash.Data;
import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ExternalMapQueryContext;
import net.openhft.chronicle.map.MapAbsentEntry;
import net.openhft.chronicle.map.MapEntry;

/**
 * Fixed-size records keyed by a long (accounts by number, reservations by session id, ...) kept in a
 * persisted Chronicle Map and updated in place: a lookup hands out the native address of the value inside
 * the mapped file, and flyweights read and write there directly, with no serialisation per event.
 *
 * <p>Lookups go through an on-heap index from key to address, built once at open by visiting every entry
 * and kept current on inserts and removals, so the hot path takes no Chronicle query context, no lock and
 * allocates nothing. Inserts and removals go through Chronicle.
 *
 * <p><b>Single writer</b>: one thread, the engine's apply thread, calls every method of an open store. The
 * store holds no locks of its own; the OS lock on its meta file keeps a second process (or a second store in
 * this JVM) out of the same file. Addresses and flyweights pointed by a store are valid until the key is
 * removed or the store closes: touching them after that reads unmapped memory.
 *
 * <p>Durability: the map file is a memory mapping, so every write is in the OS page cache at once and
 * survives the death of the process (not of the machine). A process that dies mid-command leaves that
 * command half-applied, which is why the engine {@link #restore restores} the last {@link #checkpoint
 * checkpoint} and replays its journal after a crash; {@link #closedCleanly} tells it which case it is in.
 */
public final class FixedRecordStore implements AutoCloseable {

    /** What {@link #address} returns for a key that is not stored. */
    public static final long MISSING = AddressIndex.MISSING;
    /** What {@link #insert(long)} returns when the key is already stored. */
    public static final long PRESENT = -1;
    /** What {@link #insert(long)} returns when the store holds {@link #capacity()} records. */
    public static final long FULL = -2;

    private static final Logger LOG = LoggerFactory.getLogger(FixedRecordStore.class);

    private final Path file;
    private final StoreMetaFile metaFile;
    private final StoreMeta meta;
    private final int length;
    private final ChronicleMap<Long, byte[]> map;
    private final Long2LongHashMap addresses;
    private final BytesStore<?, Void> keyBytes;
    private final BytesStore<?, Void> zeroValue;
    private final boolean recovered;
    private final MapMirror mirror;
    private boolean closed;

    private FixedRecordStore(Path file, StoreOpening.Opened opened) {
        this.file = file;
        this.metaFile = opened.metaFile();
        this.meta = opened.meta();
        this.length = meta.layout().length();
        this.map = opened.map();
        this.addresses = opened.addresses();
        this.recovered = opened.recovered();
        this.mirror = new MapMirror(file);
        this.keyBytes = BytesStore.nativeStoreWithFixedCapacity(Long.BYTES);
        this.zeroValue = BytesStore.nativeStoreWithFixedCapacity(length);
        zeroValue.zeroOut(0, length);
    }

    /**
     * Opens the store in {@code file}, creating it sized for {@code capacity} records if neither the file nor
     * its meta file exists. If the last owner died with the store open, Chronicle first frees the locks it
     * held (its values may still be mid-command: see {@link #recoveredAfterCrash}).
     *
     * @throws StateFileException when the file or its meta file is corrupt, truncated, missing its partner,
     *                            written for another layout, sized for fewer records, or open elsewhere
     */
    public static FixedRecordStore open(Path file, RecordLayout layout, long capacity) throws IOException {
        return new FixedRecordStore(file, StoreOpening.open(file, layout, capacity));
    }

    /** True when {@code file} exists and its last owner closed it, so it holds every write made before. */
    public static boolean closedCleanly(Path file) throws IOException {
        StoreMeta meta = StoreMetaFile.peek(file);
        return meta != null && meta.state() == StoreState.CLEAN && Files.exists(file);
    }

    /**
     * Replaces {@code liveFile} with the map data of a checkpoint, after verifying its header, layout and
     * checksum; on any problem the live file is left as it was. The store must be closed.
     *
     * @return the checkpoint restored, with the position the engine replays its journal from
     */
    public static Checkpoint restore(Path snapshotFile, Path liveFile, RecordLayout layout) throws IOException {
        return CheckpointRestore.restore(snapshotFile, liveFile, layout);
    }

    /** Reads a checkpoint's header (layout, capacity, applied position) without restoring it. */
    public static Checkpoint readCheckpoint(Path snapshotFile) throws IOException {
        return SnapshotFile.read(snapshotFile);
    }

    /** The native address of {@code key}'s value, or {@link #MISSING}. Allocation-free. */
    public long address(long key) {
        return addresses.get(key);
    }

    /** Points {@code slot} at {@code key}'s value; false (slot untouched) when the key is not stored. */
    public boolean find(long key, RecordSlot slot) {
        long address = addresses.get(key);
        if (address == MISSING) {
            return false;
        }
        slot.point(address, length);
        return true;
    }

    /** True when {@code key} is stored. */
    public boolean contains(long key) {
        return addresses.get(key) != MISSING;
    }

    /**
     * Stores a zeroed value for {@code key}.
     *
     * @return the value's address, or {@link #PRESENT} when the key is stored already, or {@link #FULL}
     */
    public long insert(long key) {
        ensureOpen();
        if (addresses.get(key) != MISSING) {
            return PRESENT;
        }
        if (addresses.size() >= meta.capacity()) {
            return FULL;
        }
        // The key goes in serialised (8 bytes, as Chronicle's Long marshaller writes it), so nothing is boxed.
        keyBytes.writeLong(0, key);
        try (ExternalMapQueryContext<Long, byte[], ?> query = map.queryContext(keyBytes, 0, Long.BYTES)) {
            query.updateLock().lock();
            MapAbsentEntry<Long, byte[]> absent = query.absentEntry();
            if (absent == null) {
                throw new IllegalStateException(file + ": key " + key + " is in the map but not in the index");
            }
            absent.doInsert(query.wrapValueBytesAsData(zeroValue, 0, length));
            Data<byte[]> value = query.entry().value();
            long address = value.bytes().addressForRead(value.offset());
            addresses.put(key, address);
            return address;
        }
    }

    /** Stores a zeroed value for {@code key} and points {@code slot} at it; false when present or full. */
    public boolean insert(long key, RecordSlot slot) {
        long address = insert(key);
        if (address < 0) {
            return false;
        }
        slot.point(address, length);
        return true;
    }

    /** Removes {@code key}; its address, and any flyweight pointing there, may be reused by a later insert. */
    public boolean remove(long key) {
        ensureOpen();
        if (addresses.remove(key) == MISSING) {
            return false;
        }
        keyBytes.writeLong(0, key);
        try (ExternalMapQueryContext<Long, byte[], ?> query = map.queryContext(keyBytes, 0, Long.BYTES)) {
            query.updateLock().lock();
            MapEntry<Long, byte[]> entry = query.entry();
            if (entry == null) {
                throw new IllegalStateException(file + ": key " + key + " is in the index but not in the map");
            }
            entry.doRemove();
        }
        return true;
    }

    /** How many records are stored. */
    public long size() {
        return addresses.size();
    }

    /** The records this store holds at most: what its map file was sized for. */
    public long capacity() {
        return meta.capacity();
    }

    /** The layout of the stored values. */
    public RecordLayout layout() {
        return meta.layout();
    }

    /** The map file. */
    public Path file() {
        return file;
    }

    /** True when the last owner died with the store open: values may hold a half-applied command. */
    public boolean recoveredAfterCrash() {
        return recovered;
    }

    /** Calls {@code action} with every stored key, in no particular order. Do not insert or remove meanwhile. */
    public void forEachKey(LongConsumer action) {
        addresses.forEachLong((key, address) -> action.accept(key));
    }

    /**
     * Writes a consistent copy of the map file to {@code snapshotFile} (atomically replacing any previous one)
     * and forces it to disk, all before returning: the simple way, for small stores and for shutdown. Call it
     * with the writer paused, between batches. The copy reads the map file through the page cache that the
     * writer's mapping shares, so it sees every write made before the call.
     *
     * @param appliedPosition the position (the engine's journal index) the store's contents reflect
     */
    public Checkpoint checkpoint(Path snapshotFile, long appliedPosition) throws IOException {
        ensureOpen();
        Checkpoint checkpoint = SnapshotFile.write(file, snapshotFile, meta.layout(), meta.capacity(), appliedPosition);
        LOG.info("{}: checkpoint {} of {} bytes at position {} in {} ms", file, snapshotFile, checkpoint.dataBytes(), appliedPosition,
                checkpoint.pauseNanos() / 1_000_000);
        return checkpoint;
    }

    /**
     * A stage with room for this store's map file as it is now, its memory (and the store's read-only view of
     * the map) already faulted in, so that even the first capture pauses only for the copy. Make it at start-up.
     */
    public CheckpointStage newCheckpointStage() throws IOException {
        ensureOpen();
        long bytes = mirror.refresh();
        mirror.prefault();
        return new CheckpointStage(bytes);
    }

    /**
     * Copies the map into {@code stage}, a memory copy, for another thread to {@link CheckpointStage#writeTo
     * write out}: the short-pause way to checkpoint a big store. Call it with the writer paused.
     *
     * @return false, copying nothing, while the stage still holds the previous copy
     */
    public boolean capture(CheckpointStage stage, long appliedPosition) throws IOException {
        ensureOpen();
        return stage.capture(mirror, meta.layout(), meta.capacity(), appliedPosition);
    }

    /** Closes the map, forces its file to disk and marks it cleanly closed. Safe to call twice. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        // After close a lookup finds nothing instead of handing out addresses that are about to be unmapped.
        addresses.clear();
        try {
            mirror.close();
            map.close();
            keyBytes.releaseLast();
            zeroValue.releaseLast();
            try (FileChannel channel = FileChannel.open(file, READ)) {
                channel.force(true);
            }
            metaFile.write(meta.withState(StoreState.CLEAN));
        } finally {
            metaFile.close();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(file + ": the store is closed");
        }
    }
}
