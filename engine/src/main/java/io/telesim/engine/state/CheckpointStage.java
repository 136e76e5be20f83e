package io.telesim.engine.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.agrona.BufferUtil;
import org.agrona.UnsafeApi;

/**
 * Off-heap room for one checkpoint, so that a store's writer pauses only for a memory copy of the map
 * ({@link FixedRecordStore#capture}); another thread then checksums the copy, writes it out and forces it to
 * disk ({@link #writeTo}) while the writer runs on. Writing a big map straight to a file from the paused
 * writer runs into the kernel's dirty-page throttling and holds the writer for seconds. Holds as many bytes
 * as the map file (native memory, outside the heap and outside {@code -XX:MaxDirectMemorySize}), reused from
 * one checkpoint to the next so its pages are faulted in once; a map that grew is given more room during the
 * next capture.
 *
 * <p>Threads: {@code capture} on the store's writer thread, {@code writeTo} on one other thread. The stage
 * is either free or holding a copy; the hand-over between the two is an atomic flag (release on one side,
 * acquire on the other), so the copied bytes are visible to the writing thread.
 */
public final class CheckpointStage implements AutoCloseable {

    private static final long PIECE = 16L << 20;

    private final AtomicBoolean holding = new AtomicBoolean();
    private long memory;
    private long memoryBytes;
    // What the held copy is of: written by the capturing thread before `holding` is raised.
    private long length;
    private RecordLayout layout;
    private long capacity;
    private long appliedPosition;
    private long pauseNanos;
    private boolean closed;

    CheckpointStage(long bytes) {
        reserve(bytes);
    }

    /** True while a captured copy waits to be written: a capture now would be refused. */
    public boolean isHolding() {
        return holding.get();
    }

    /**
     * Writes the held copy to {@code snapshotFile} (atomically replacing any previous one), forced to disk,
     * then frees the stage for the next capture.
     *
     * @throws IllegalStateException when nothing is held
     */
    public Checkpoint writeTo(Path snapshotFile) throws IOException {
        if (!holding.get()) {
            throw new IllegalStateException("no captured copy to write");
        }
        try {
            long start = System.nanoTime();
            SnapshotFile.write(this::read, length, snapshotFile, layout, capacity, appliedPosition);
            return new Checkpoint(snapshotFile, layout, capacity, appliedPosition, length, pauseNanos, System.nanoTime() - start);
        } finally {
            holding.set(false);
        }
    }

    /** Frees the memory. Call once no capture or write is under way. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            UnsafeApi.freeMemory(memory);
            memory = 0;
            memoryBytes = 0;
        }
    }

    /** Called by the store's writer thread, paused: false when the previous copy is still being written. */
    boolean capture(MapMirror mirror, RecordLayout layout, long capacity, long appliedPosition) throws IOException {
        if (closed) {
            throw new IllegalStateException("the checkpoint stage is closed");
        }
        if (holding.get()) {
            return false;
        }
        long start = System.nanoTime();
        long size = mirror.refresh();
        reserve(size);
        mirror.copyTo(memory, size);
        this.length = size;
        this.layout = layout;
        this.capacity = capacity;
        this.appliedPosition = appliedPosition;
        this.pauseNanos = System.nanoTime() - start;
        holding.set(true);
        return true;
    }

    private void read(long position, ByteBuffer into) {
        int bytes = into.remaining();
        UnsafeApi.copyMemory(memory + position, BufferUtil.address(into) + into.position(), bytes);
        into.position(into.position() + bytes);
    }

    private void reserve(long bytes) {
        if (bytes <= memoryBytes) {
            return;
        }
        if (memory != 0) {
            UnsafeApi.freeMemory(memory);
        }
        memory = UnsafeApi.allocateMemory(bytes);
        memoryBytes = bytes;
        // Fault every page in now, not in the first pause; in pieces, as one huge call would hold off safepoints.
        for (long done = 0; done < bytes; done += PIECE) {
            UnsafeApi.setMemory(memory + done, Math.min(PIECE, bytes - done), (byte) 0);
        }
    }
}
