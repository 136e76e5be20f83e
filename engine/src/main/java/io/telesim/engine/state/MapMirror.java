package io.telesim.engine.state;

import static java.nio.file.StandardOpenOption.READ;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import org.agrona.BufferUtil;
import org.agrona.IoUtil;
import org.agrona.UnsafeApi;

/**
 * A read-only mapping of a store's own map file, kept for the life of the store so that copying the map
 * into a {@link CheckpointStage} faults its pages in only once: a fresh mapping per checkpoint would take a
 * page fault per 4 KiB every time. It shares the page cache with the writer's mapping, so it sees every write.
 */
final class MapMirror implements AutoCloseable {

    // A MappedByteBuffer holds at most 2 GiB; whole windows keep the arithmetic simple.
    private static final long WINDOW = 1L << 30;
    // Copies are cut into pieces: one huge Unsafe copy would hold off every safepoint until it ends.
    private static final long PIECE = 16L << 20;
    private static final int PAGE = 4096;

    private final Path file;
    private MappedByteBuffer[] windows = new MappedByteBuffer[0];
    private long size;
    private long touched;

    MapMirror(Path file) {
        this.file = file;
    }

    /** Maps the file as it is now, remapping only if it has grown (Chronicle adds tiers at the end). */
    long refresh() throws IOException {
        try (FileChannel channel = FileChannel.open(file, READ)) {
            long now = channel.size();
            if (now != size) {
                unmap();
                int count = (int) ((now + WINDOW - 1) / WINDOW);
                MappedByteBuffer[] mapped = new MappedByteBuffer[count];
                for (int i = 0; i < count; i++) {
                    long at = i * WINDOW;
                    mapped[i] = channel.map(FileChannel.MapMode.READ_ONLY, at, Math.min(WINDOW, now - at));
                }
                windows = mapped;
                size = now;
            }
            return size;
        }
    }

    /** Reads a byte of every page, so that the first copy does not take the mapping's page faults. */
    void prefault() {
        long sum = 0;
        for (MappedByteBuffer window : windows) {
            for (int at = 0; at < window.capacity(); at += PAGE) {
                sum += window.get(at);
            }
        }
        // Kept, so that the compiler cannot drop the reads.
        touched = sum;
    }

    /** Copies the first {@code length} bytes of the file to native memory at {@code target}. */
    void copyTo(long target, long length) {
        for (long done = 0; done < length; ) {
            MappedByteBuffer window = windows[(int) (done / WINDOW)];
            long inWindow = done % WINDOW;
            long piece = Math.min(PIECE, Math.min(window.capacity() - inWindow, length - done));
            UnsafeApi.copyMemory(BufferUtil.address(window) + inWindow, target + done, piece);
            done += piece;
        }
    }

    @Override
    public void close() {
        unmap();
        size = 0;
    }

    private void unmap() {
        for (MappedByteBuffer window : windows) {
            IoUtil.unmap(window);
        }
        windows = new MappedByteBuffer[0];
    }
}
