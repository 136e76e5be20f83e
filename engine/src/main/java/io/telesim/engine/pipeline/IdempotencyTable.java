package io.telesim.engine.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;

import io.telesim.engine.Reply;

/**
 * The replies to the last {@link #capacity()} commands by their command ids: the retention window in
 * which a repeated id gets the first reply back and changes nothing. A ring of fixed-size reply records
 * off-heap, and an index from id to ring sequence. Allocation-free.
 *
 * <p>The index costs one cache miss per command: it is an open-addressed table of 64-byte buckets (four
 * entries of id and sequence, cache-line aligned) with four entries for every id in the window, so a
 * lookup and the insert after it read the same line. Nothing is ever removed: an entry whose sequence
 * fell out of the window is dead, and an insert reuses the first dead or empty entry from the id's own
 * bucket on. A lookup scans at most as many buckets as the longest insert ever had to, and stops at a
 * bucket with a never-used entry (an insert would have stopped there).
 *
 * <p>Single writer: the apply stage.
 */
public final class IdempotencyTable {

    /** The largest window: its replies (128 bytes each) and index fill one direct buffer each. */
    public static final int MAX_CAPACITY = 1 << 23;

    private static final int MAGIC = 0x7E1E_1D01;
    private static final int ENTRY = 16;
    private static final int ENTRIES_PER_BUCKET = 4;
    private static final int BUCKET = ENTRY * ENTRIES_PER_BUCKET;
    /** Index entries per id in the window: at most a quarter of them are live. */
    private static final int ENTRIES_PER_ID = 4;
    /** Stored sequences are one more than the ring sequence, so 0 marks a never-used entry. */
    private static final long UNUSED = 0;

    private final int capacity;
    private final UnsafeBuffer ring;
    private final UnsafeBuffer index;
    private final long bucketMask;
    private final int hashShift;
    private long written;
    /** The most buckets past its own that an insert ever went: how far a lookup must look. */
    private int longestProbe;

    public IdempotencyTable(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the idempotency window holds at least one command");
        }
        if (capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("the idempotency window holds at most " + MAX_CAPACITY + " commands");
        }
        this.capacity = capacity;
        this.ring = new UnsafeBuffer(BufferUtil.allocateDirectAligned(capacity * Reply.LENGTH, 64));
        long buckets = Long.highestOneBit(Math.max(1L, (long) capacity * ENTRIES_PER_ID / ENTRIES_PER_BUCKET - 1)) << 1;
        this.index = new UnsafeBuffer(BufferUtil.allocateDirectAligned(Math.toIntExact(buckets * BUCKET), 64));
        this.bucketMask = buckets - 1;
        this.hashShift = 64 - Long.numberOfTrailingZeros(buckets);
    }

    public int capacity() {
        return capacity;
    }

    /** How many ids the window holds now. */
    public int size() {
        return (int) Math.min(written, capacity);
    }

    /** Copies the reply first given to {@code commandId} into {@code into}; false when the id is not in the window. */
    public boolean find(long commandId, Reply into) {
        long bucket = home(commandId);
        long oldestLive = written - capacity;
        for (int probe = 0; probe <= longestProbe; probe++) {
            int base = (int) (bucket * BUCKET);
            boolean sawUnused = false;
            for (int e = 0; e < BUCKET; e += ENTRY) {
                long stored = index.getLong(base + e + 8);
                if (stored == UNUSED) {
                    sawUnused = true;
                } else if (index.getLong(base + e) == commandId && stored - 1 >= oldestLive) {
                    into.copyFrom(ring, ringOffset(stored - 1));
                    return true;
                }
            }
            if (sawUnused) {
                return false;
            }
            bucket = (bucket + 1) & bucketMask;
        }
        return false;
    }

    /** Remembers {@code reply} under its command id (not in the window yet), forgetting the oldest entry when the window is full. */
    public void record(Reply reply) {
        long sequence = written++;
        reply.copyTo(ring, ringOffset(sequence));
        long oldestLive = written - capacity;
        long bucket = home(reply.commandId());
        for (int probe = 0; ; probe++) {
            int base = (int) (bucket * BUCKET);
            for (int e = 0; e < BUCKET; e += ENTRY) {
                long stored = index.getLong(base + e + 8);
                if (stored == UNUSED || stored - 1 < oldestLive) {
                    index.putLong(base + e, reply.commandId());
                    index.putLong(base + e + 8, sequence + 1);
                    longestProbe = Math.max(longestProbe, probe);
                    return;
                }
            }
            bucket = (bucket + 1) & bucketMask;
        }
    }

    /** Reads the index line of {@code commandId}, so that its cache miss overlaps with other work. Changes nothing. */
    public long touch(long commandId) {
        return index.getLong((int) (home(commandId) * BUCKET));
    }

    private long home(long commandId) {
        return (commandId * 0x9E37_79B9_7F4A_7C15L) >>> hashShift;
    }

    private int ringOffset(long sequence) {
        return (int) (sequence % capacity) * Reply.LENGTH;
    }

    /** Writes the window, oldest first, for a checkpoint. */
    public void writeTo(DataOutputStream out) throws IOException {
        write(ring, capacity, written, out);
    }

    /** Copies the window into {@code stage} (a memory copy: the apply thread pauses only for this). */
    public void captureInto(Stage stage) {
        if (stage.capacity != capacity) {
            throw new IllegalArgumentException("a stage for " + stage.capacity + " entries cannot hold a window of " + capacity);
        }
        long count = Math.min(written, capacity);
        stage.ring.putBytes(0, ring, 0, (int) (count * Reply.LENGTH));
        stage.written = written;
    }

    private static void write(UnsafeBuffer ring, int capacity, long written, DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(capacity);
        long count = Math.min(written, capacity);
        out.writeLong(count);
        byte[] bytes = new byte[Reply.LENGTH];
        for (long i = written - count; i < written; i++) {
            ring.getBytes((int) (i % capacity) * Reply.LENGTH, bytes);
            out.write(bytes);
        }
    }

    /** Room for a copy of a window, written out later by another thread. */
    public static final class Stage {
        private final int capacity;
        private final UnsafeBuffer ring;
        private long written;

        public Stage(int capacity) {
            this.capacity = capacity;
            this.ring = new UnsafeBuffer(BufferUtil.allocateDirectAligned(capacity * Reply.LENGTH, 64));
        }

        /** Writes the copied window as {@link IdempotencyTable#writeTo} would have. */
        public void writeTo(DataOutputStream out) throws IOException {
            write(ring, capacity, written, out);
        }
    }

    /** Reads a window written by {@link #writeTo} into this (empty) table. */
    public void readFrom(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not an idempotency window");
        }
        int savedCapacity = in.readInt();
        long count = in.readLong();
        if (count < 0 || count > savedCapacity) {
            throw new IOException("idempotency window holds " + count + " of " + savedCapacity + " entries");
        }
        Reply reply = new Reply();
        byte[] bytes = new byte[Reply.LENGTH];
        UnsafeBuffer view = new UnsafeBuffer(bytes);
        for (long i = 0; i < count; i++) {
            in.readFully(bytes);
            reply.copyFrom(view, 0);
            record(reply);
        }
    }
}
