package io.telesim.engine.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.agrona.BufferUtil;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.UnsafeBuffer;

import io.telesim.engine.Reply;

/**
 * The replies to the last {@link #capacity()} commands by their command ids: the retention window in
 * which a repeated id gets the first reply back and changes nothing. A ring of fixed-size reply records
 * off-heap and a primitive index; the oldest entry is forgotten when the ring wraps. Allocation-free.
 *
 * <p>Single writer: the apply stage.
 */
public final class IdempotencyTable {

    private static final long MISSING = -1;
    private static final int MAGIC = 0x7E1E_1D01;

    private final int capacity;
    private final UnsafeBuffer ring;
    private final Long2LongHashMap slotById;
    private long written;

    public IdempotencyTable(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the idempotency window holds at least one command");
        }
        this.capacity = capacity;
        this.ring = new UnsafeBuffer(BufferUtil.allocateDirectAligned(capacity * Reply.LENGTH, 64));
        this.slotById = new Long2LongHashMap(Math.max(16, capacity * 2), 0.6f, MISSING);
    }

    public int capacity() {
        return capacity;
    }

    public int size() {
        return slotById.size();
    }

    /** Copies the reply first given to {@code commandId} into {@code into}; false when the id is not in the window. */
    public boolean find(long commandId, Reply into) {
        long slot = slotById.get(commandId);
        if (slot == MISSING) {
            return false;
        }
        into.copyFrom(ring, (int) slot * Reply.LENGTH);
        return true;
    }

    /** Remembers {@code reply} under its command id, forgetting the oldest entry when the window is full. */
    public void record(Reply reply) {
        int slot = (int) (written % capacity);
        int offset = slot * Reply.LENGTH;
        if (written >= capacity) {
            long evicted = ring.getLong(offset);
            if (slotById.get(evicted) == slot) {
                slotById.remove(evicted);
            }
        }
        reply.copyTo(ring, offset);
        slotById.put(reply.commandId(), slot);
        written++;
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
