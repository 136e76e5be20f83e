package io.telesim.engine.statement;

import static io.telesim.engine.statement.RecordLayout.NONE;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import net.openhft.chronicle.bytes.RandomDataInput;
import net.openhft.chronicle.hash.Data;
import net.openhft.chronicle.hash.impl.SizePrefixedBlob;
import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ChronicleMapBuilder;
import net.openhft.chronicle.map.ExternalMapQueryContext;
import net.openhft.chronicle.map.MapEntry;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The newest record of every number: a Chronicle Map from msisdn to a {@link NumberChain} head, persisted
 * next to the log and updated in place. It is a cache of the log, repaired from it after a crash.
 *
 * <p>Single writer: the writer finds a head once through a map query, then keeps its off-heap address
 * (entries never move while they exist, and this map never removes one except in {@link #clear()}),
 * so an append costs one primitive-map lookup and a few stores, without a lock or an allocation. Readers
 * on other threads find a head under the map's read lock and load its position with acquire semantics.
 *
 * <p>Key 0, never a number, holds the store's own bookkeeping: the log position up to which every
 * head is known to be current.
 */
final class StatementHeads implements AutoCloseable {

    private static final long BOOKKEEPING = 0L;
    /** Offset of the covered position: a new entry's first long is NONE, which here reads "nothing covered". */
    private static final int COVERED = 0;
    /** Headroom before Chronicle Map refuses more numbers than it was sized for. */
    private static final double MAX_BLOAT = 8.0;
    /** In a link entry (key {@code -number}): where the number took over a replaced one, and where an account of it ended. */
    private static final int LINK_TAKEN_OVER = 0;
    private static final int LINK_LEFT = 8;

    private final ChronicleMap<Long, byte[]> map;
    private final Long2LongHashMap addresses;
    private final byte[] absentValue = new byte[NumberChain.HEAD_LENGTH];
    private final UnsafeBuffer head = new UnsafeBuffer(0, 0);
    private final UnsafeBuffer bookkeeping = new UnsafeBuffer(0, 0);
    /** For {@link #touch} only, so reading ahead never moves the buffer {@link #head} handed out. */
    private final UnsafeBuffer touched = new UnsafeBuffer(0, 0);

    private StatementHeads(ChronicleMap<Long, byte[]> map, long expectedNumbers) {
        this.map = map;
        // sized for every number up front: growing a large index mid-run stalls the writer while it rehashes
        this.addresses = new Long2LongHashMap((int) Math.min(1 << 28, Math.max(16, expectedNumbers)), 0.6f, 0L);
    }

    /**
     * Opens or creates the heads file.
     *
     * @param recover true after an unclean stop: lets Chronicle Map recover locks and segments a killed
     *                process left behind
     */
    static StatementHeads open(File file, long expectedNumbers, boolean recover) throws IOException {
        if (file.exists() && !isComplete(file)) {
            throw new IOException("the heads file " + file + " was never completely written");
        }
        ChronicleMapBuilder<Long, byte[]> builder = ChronicleMapBuilder.of(Long.class, byte[].class)
                .name("statement-heads")
                .entries(expectedNumbers)
                .maxBloatFactor(MAX_BLOAT)
                .constantValueSizeBySample(new byte[NumberChain.HEAD_LENGTH])
                // heads change in place, outside the map's API, so the map cannot keep entry checksums
                .checksumEntries(false)
                // 8-byte alignment makes the head's position a single atomic load and store
                .entryAndValueOffsetAlignment(8)
                // the writer holds raw addresses into the map: Chronicle's exit hook must not unmap it
                // under a thread still appending while the JVM shuts down (the store closes it)
                .skipCloseOnExitHook(true);
        ChronicleMap<Long, byte[]> map = recover && file.exists() ? builder.recoverPersistedTo(file, true)
                : builder.createPersistedTo(file);
        StatementHeads heads = new StatementHeads(map, expectedNumbers);
        heads.bookkeeping.wrap(heads.addressOf(BOOKKEEPING), NumberChain.HEAD_LENGTH);
        return heads;
    }

    /**
     * True when Chronicle Map finished writing the file's header. Only this store opens the file, so an
     * unfinished header is a crash while creating it or a damaged file, never another process at work;
     * Chronicle Map would wait a minute for it.
     */
    private static boolean isComplete(File file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file, "r")) {
            if (raf.length() < SizePrefixedBlob.SELF_BOOTSTRAPPING_HEADER_OFFSET) {
                return false;
            }
            raf.seek(SizePrefixedBlob.SIZE_WORD_OFFSET);
            return SizePrefixedBlob.isReady(Integer.reverseBytes(raf.readInt()));
        }
    }

    /**
     * The head of {@code msisdn}, created empty if the number has none; writer only. The returned
     * buffer is reused by the next call.
     */
    UnsafeBuffer head(long msisdn) {
        long address = addresses.get(msisdn);
        if (address == 0L) {
            address = addressOf(msisdn);
            addresses.put(msisdn, address);
        }
        head.wrap(address, NumberChain.HEAD_LENGTH);
        return head;
    }

    /** The address of {@code msisdn}'s head if the writer has seen the number, else -1; writer only. */
    long locate(long msisdn) {
        long address = addresses.get(msisdn);
        return address == 0L ? -1 : address;
    }

    /** Reads the head at an address {@link #locate} returned; returns a value to keep. Writer only. */
    long touch(long address) {
        if (address < 0) {
            return 0;
        }
        touched.wrap(address, NumberChain.HEAD_LENGTH);
        return touched.getLong(0);
    }

    /** The newest record of {@code msisdn}, or {@link RecordLayout#NONE}; safe from any thread. */
    long newest(long msisdn) {
        return read(msisdn, 0);
    }

    private long read(long key, int offset) {
        try (ExternalMapQueryContext<Long, byte[], ?> context = map.queryContext(key)) {
            context.readLock().lock();
            MapEntry<Long, byte[]> entry = context.entry();
            if (entry == null) {
                return NONE;
            }
            Data<byte[]> value = entry.value();
            RandomDataInput bytes = value.bytes();
            return bytes.readVolatileLong(value.offset() + offset);
        }
    }

    /**
     * Notes that the record at {@code position} is where {@code msisdn} took over the history of a replaced
     * number; writer only. Links live under the key {@code -msisdn}, never a number.
     */
    void link(long msisdn, long position) {
        UnsafeBuffer link = head(-msisdn);
        if (link.getLong(LINK_TAKEN_OVER) < position) {
            link.putLongRelease(LINK_TAKEN_OVER, position);
        }
    }

    /** Notes that the record at {@code position} ended {@code msisdn}'s account (replaced or terminated); writer only. */
    void left(long msisdn, long position) {
        UnsafeBuffer link = head(-msisdn);
        if (link.getLong(LINK_LEFT) < position) {
            link.putLongRelease(LINK_LEFT, position);
        }
    }

    /** The position of {@code msisdn}'s newest number-replacement record, or {@link RecordLayout#NONE}; any thread. */
    long link(long msisdn) {
        return read(-msisdn, LINK_TAKEN_OVER);
    }

    /** The position of the newest record that ended an account of {@code msisdn}, or {@link RecordLayout#NONE}; any thread. */
    long left(long msisdn) {
        return read(-msisdn, LINK_LEFT);
    }

    /** The log position up to which every head is current, or {@link RecordLayout#NONE}. */
    long covered() {
        return bookkeeping.getLongAcquire(COVERED);
    }

    /** Records that every head is current up to {@code position}; writer only. */
    void covered(long position) {
        bookkeeping.putLongRelease(COVERED, position);
    }

    /** How many numbers have a head, and how many number replacements were linked. */
    long numbers() {
        return map.longSize() - 1;
    }

    /** Forgets every head, for a rebuild from the log; writer only. */
    void clear() {
        map.clear();
        addresses.clear();
        bookkeeping.wrap(addressOf(BOOKKEEPING), NumberChain.HEAD_LENGTH);
    }

    /** Finds or inserts the entry of {@code key}; a new entry starts as an empty head. */
    private long addressOf(long key) {
        try (ExternalMapQueryContext<Long, byte[], ?> context = map.queryContext(key)) {
            context.updateLock().lock();
            MapEntry<Long, byte[]> entry = context.entry();
            boolean inserted = entry == null;
            if (inserted) {
                context.absentEntry().doInsert(context.wrapValueAsData(absentValue));
                entry = context.entry();
            }
            Data<byte[]> value = entry.value();
            long address = value.bytes().addressForWrite(value.offset());
            if (inserted) {
                head.wrap(address, NumberChain.HEAD_LENGTH);
                NumberChain.clear(head);
            }
            return address;
        }
    }

    @Override
    public void close() {
        map.close();
    }
}
