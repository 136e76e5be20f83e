package io.telesim.engine.state;

import static java.nio.ByteOrder.LITTLE_ENDIAN;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

import org.agrona.BufferUtil;

/**
 * The checkpoint file format: a header (magic, format, record layout, capacity, applied position, data
 * length, header CRC32C), the map file's bytes, and a footer (CRC32C of the data, end magic). A checkpoint
 * is written to a temporary file and renamed into place once forced to disk, so a crash mid-checkpoint
 * leaves the previous one intact; a restore verifies everything before it replaces the live file.
 */
final class SnapshotFile {

    private static final long MAGIC = 0x31_50_41_4E_53_4C_45_54L; // "TELSNAP1" little-endian
    private static final long END_MAGIC = 0x31_44_4E_45_53_4C_45_54L; // "TELSEND1" little-endian
    private static final int FORMAT = 1;
    private static final int FORMAT_AT = 8;
    private static final int CAPACITY_AT = 16;
    private static final int POSITION_AT = 24;
    private static final int LENGTH_AT = 32;
    private static final int LAYOUT_AT = 40;
    private static final int HEADER_CRC_AT = LAYOUT_AT + LayoutCodec.BYTES;
    static final int HEADER = 96;
    static final int FOOTER = 16;
    // Big enough to amortise the system calls, small enough to stay in the caches between read, CRC and write.
    private static final int BUFFER = 4 << 20;

    private SnapshotFile() {
    }

    /** Where the bytes of a checkpoint come from: the live file, or a {@link CheckpointStage}'s memory. */
    @FunctionalInterface
    interface ByteSource {
        /** Fills {@code into} from its position to its limit with the bytes at {@code position}. */
        void read(long position, ByteBuffer into) throws IOException;
    }

    /** Copies {@code liveFile} into {@code snapshotFile}; the caller keeps the map's writer paused throughout. */
    static Checkpoint write(Path liveFile, Path snapshotFile, RecordLayout layout, long capacity, long appliedPosition)
            throws IOException {
        long start = System.nanoTime();
        try (FileChannel in = FileChannel.open(liveFile, READ)) {
            long length = in.size();
            write((position, into) -> FileIo.readFully(in, into, position), length, snapshotFile, layout, capacity, appliedPosition);
            return new Checkpoint(snapshotFile, layout, capacity, appliedPosition, length, System.nanoTime() - start, 0);
        }
    }

    /**
     * Writes {@code length} bytes from {@code source} as the checkpoint {@code snapshotFile}: to a scratch file,
     * forced to disk, then renamed into place, so a crash midway leaves the previous checkpoint intact.
     */
    static void write(ByteSource source, long length, Path snapshotFile, RecordLayout layout, long capacity, long appliedPosition)
            throws IOException {
        Path scratch = snapshotFile.resolveSibling(snapshotFile.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(scratch, CREATE, TRUNCATE_EXISTING, WRITE)) {
            FileIo.writeFully(out, header(layout, capacity, appliedPosition, length), 0);
            int crc = copy(source, out, HEADER, length);
            ByteBuffer footer = ByteBuffer.allocate(FOOTER).order(LITTLE_ENDIAN).putInt(0, crc).putLong(8, END_MAGIC);
            FileIo.writeFully(out, footer, HEADER + length);
            out.force(true);
        }
        Files.move(scratch, snapshotFile, ATOMIC_MOVE, REPLACE_EXISTING);
        FileIo.syncDirectory(snapshotFile.toAbsolutePath().getParent());
    }

    /** Reads and checks the header and footer of a checkpoint, not its data. */
    static Checkpoint read(Path snapshotFile) throws IOException {
        try (FileChannel in = FileChannel.open(snapshotFile, READ)) {
            return readFrame(snapshotFile, in).checkpoint;
        }
    }

    /**
     * Verifies {@code snapshotFile} against {@code expected} and copies its map data to {@code target},
     * forced to disk. The checksum is checked while copying; on any mismatch {@code target} is deleted.
     */
    static Checkpoint copyOut(Path snapshotFile, RecordLayout expected, Path target) throws IOException {
        try (FileChannel in = FileChannel.open(snapshotFile, READ)) {
            Frame frame = readFrame(snapshotFile, in);
            Checkpoint checkpoint = frame.checkpoint;
            if (!checkpoint.layout().equals(expected)) {
                throw new StateFileException(snapshotFile, "holds " + checkpoint.layout() + " records, expected " + expected);
            }
            int crc;
            try (FileChannel out = FileChannel.open(target, CREATE, TRUNCATE_EXISTING, WRITE)) {
                crc = copy((position, into) -> FileIo.readFully(in, into, HEADER + position), out, 0, checkpoint.dataBytes());
                if (crc == frame.dataCrc) {
                    out.force(true);
                    return checkpoint;
                }
            }
            Files.deleteIfExists(target);
            throw new StateFileException(snapshotFile, "data checksum mismatch (stored " + Integer.toHexString(frame.dataCrc)
                    + ", computed " + Integer.toHexString(crc) + "): the checkpoint is corrupt");
        }
    }

    private static ByteBuffer header(RecordLayout layout, long capacity, long appliedPosition, long dataLength) {
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(LITTLE_ENDIAN);
        header.putLong(0, MAGIC);
        header.putInt(FORMAT_AT, FORMAT);
        header.putLong(CAPACITY_AT, capacity);
        header.putLong(POSITION_AT, appliedPosition);
        header.putLong(LENGTH_AT, dataLength);
        LayoutCodec.put(header, LAYOUT_AT, layout);
        header.putInt(HEADER_CRC_AT, headerCrc(header));
        return header;
    }

    private record Frame(Checkpoint checkpoint, int dataCrc) {
    }

    private static Frame readFrame(Path file, FileChannel in) throws IOException {
        long size = in.size();
        if (size < HEADER + FOOTER) {
            throw new StateFileException(file, "is " + size + " bytes: truncated, shorter than a checkpoint's header and footer");
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(LITTLE_ENDIAN);
        FileIo.readFully(in, header, 0);
        if (header.getLong(0) != MAGIC) {
            throw new StateFileException(file, "bad magic number: not a Telesim checkpoint");
        }
        if (header.getInt(FORMAT_AT) != FORMAT) {
            throw new StateFileException(file, "checkpoint format " + header.getInt(FORMAT_AT) + " is not supported (expected " + FORMAT + ")");
        }
        int storedCrc = header.getInt(HEADER_CRC_AT);
        if (storedCrc != headerCrc(header)) {
            throw new StateFileException(file, "header checksum mismatch: the checkpoint header is corrupt");
        }
        long dataLength = header.getLong(LENGTH_AT);
        long expectedSize = HEADER + dataLength + FOOTER;
        if (size != expectedSize) {
            throw new StateFileException(file, "is " + size + " bytes, its header promises " + expectedSize + ": "
                    + (size < expectedSize ? "truncated" : "has trailing bytes"));
        }
        ByteBuffer footer = ByteBuffer.allocate(FOOTER).order(LITTLE_ENDIAN);
        FileIo.readFully(in, footer, HEADER + dataLength);
        if (footer.getLong(8) != END_MAGIC) {
            throw new StateFileException(file, "bad end marker: the checkpoint was not finished or is corrupt");
        }
        RecordLayout layout = LayoutCodec.get(header, LAYOUT_AT, file);
        Checkpoint checkpoint = new Checkpoint(file, layout, header.getLong(CAPACITY_AT), header.getLong(POSITION_AT), dataLength, 0, 0);
        return new Frame(checkpoint, footer.getInt(0));
    }

    /** Copies {@code length} bytes of {@code source} to {@code out} at {@code to}; returns their CRC32C. */
    private static int copy(ByteSource source, FileChannel out, long to, long length) throws IOException {
        // Plain reads into one direct buffer: writing straight from a mapping of the source took 2-3 times as
        // long (the kernel faults the mapping in page by page while it copies).
        ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
        try {
            CRC32C crc = new CRC32C();
            long done = 0;
            while (done < length) {
                buffer.clear().limit((int) Math.min(BUFFER, length - done));
                source.read(done, buffer);
                buffer.flip();
                crc.update(buffer.duplicate());
                FileIo.writeFully(out, buffer, to + done);
                done += buffer.limit();
            }
            return (int) crc.getValue();
        } finally {
            BufferUtil.free(buffer);
        }
    }

    private static int headerCrc(ByteBuffer header) {
        CRC32C crc = new CRC32C();
        crc.update(header.duplicate().position(0).limit(HEADER_CRC_AT));
        return (int) crc.getValue();
    }
}
