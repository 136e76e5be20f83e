package io.telesim.engine.state;

import static java.nio.ByteOrder.LITTLE_ENDIAN;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * The side file {@code <map file>.meta}: magic number, format, record layout, capacity and open/clean state,
 * with a CRC32C. Chronicle Map reads its own configuration from the map file and ignores the caller's, so this
 * file is what tells an account map from a reservation map, and a crashed owner from a clean close.
 *
 * <p>Held under an exclusive OS file lock while a store or a restore uses the map: a second process (or a
 * second store in this JVM) is refused instead of becoming a second writer. The OS drops the lock when the
 * holder dies, even by SIGKILL.
 */
final class StoreMetaFile implements AutoCloseable {

    private static final long MAGIC = 0x31_41_54_45_4D_4C_45_54L; // "TELMETA1" little-endian
    private static final int FORMAT = 1;
    private static final int FORMAT_AT = 8;
    private static final int STATE_AT = 12;
    private static final int CAPACITY_AT = 16;
    private static final int LAYOUT_AT = 24;
    private static final int CRC_AT = LAYOUT_AT + LayoutCodec.BYTES;
    static final int SIZE = CRC_AT + Integer.BYTES;

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private StoreMetaFile(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    static Path pathFor(Path mapFile) {
        return mapFile.resolveSibling(mapFile.getFileName() + ".meta");
    }

    /** Opens (creating it empty if absent) and exclusively locks the meta file of {@code mapFile}. */
    static StoreMetaFile lock(Path mapFile) throws IOException {
        Path path = pathFor(mapFile);
        FileChannel channel = FileChannel.open(path, READ, WRITE, CREATE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new StateFileException(path, "is locked: another process has this store open");
            }
            return new StoreMetaFile(path, channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new StateFileException(path, "this store is already open in this JVM");
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Reads the meta file of {@code mapFile} without locking it; null when it is absent or empty. */
    static StoreMeta peek(Path mapFile) throws IOException {
        Path path = pathFor(mapFile);
        if (!Files.exists(path)) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(path, READ)) {
            return read(path, channel);
        }
    }

    Path path() {
        return path;
    }

    /** The contents, or null when the file is empty (no store was ever made here). */
    StoreMeta read() throws IOException {
        return read(path, channel);
    }

    /** Replaces the contents and forces them to disk before returning. */
    void write(StoreMeta meta) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(SIZE).order(LITTLE_ENDIAN);
        buffer.putLong(0, MAGIC);
        buffer.putInt(FORMAT_AT, FORMAT);
        buffer.putInt(STATE_AT, meta.state().code());
        buffer.putLong(CAPACITY_AT, meta.capacity());
        LayoutCodec.put(buffer, LAYOUT_AT, meta.layout());
        buffer.putInt(CRC_AT, crc(buffer));
        // One small write at offset 0; the CRC catches the (unlikely) torn sector after a power loss.
        FileIo.writeFully(channel, buffer, 0);
        channel.truncate(SIZE);
        channel.force(true);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static StoreMeta read(Path path, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return null;
        }
        if (size != SIZE) {
            throw new StateFileException(path, "is " + size + " bytes, a store meta file is " + SIZE + " (truncated or not a meta file)");
        }
        ByteBuffer buffer = ByteBuffer.allocate(SIZE).order(LITTLE_ENDIAN);
        FileIo.readFully(channel, buffer, 0);
        if (buffer.getLong(0) != MAGIC) {
            throw new StateFileException(path, "bad magic number: not a Telesim store meta file");
        }
        if (buffer.getInt(FORMAT_AT) != FORMAT) {
            throw new StateFileException(path, "meta format " + buffer.getInt(FORMAT_AT) + " is not supported (expected " + FORMAT + ")");
        }
        int stored = buffer.getInt(CRC_AT);
        int computed = crc(buffer);
        if (stored != computed) {
            throw new StateFileException(path, "checksum mismatch (stored " + Integer.toHexString(stored) + ", computed "
                    + Integer.toHexString(computed) + "): the meta file is corrupt");
        }
        StoreState state = StoreState.ofCode(buffer.getInt(STATE_AT));
        if (state == null) {
            throw new StateFileException(path, "unknown store state " + buffer.getInt(STATE_AT));
        }
        RecordLayout layout = LayoutCodec.get(buffer, LAYOUT_AT, path);
        return new StoreMeta(layout, buffer.getLong(CAPACITY_AT), state);
    }

    private static int crc(ByteBuffer buffer) {
        CRC32C crc = new CRC32C();
        crc.update(buffer.duplicate().position(0).limit(CRC_AT));
        return (int) crc.getValue();
    }
}
