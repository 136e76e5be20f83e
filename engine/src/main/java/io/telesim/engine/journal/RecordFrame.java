package io.telesim.engine.journal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.bytes.BytesStore;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * One journal record as it lies inside a Chronicle Queue document:
 * {@code [crc32c:int][length:int][command: length bytes]}, little-endian, where the checksum covers the
 * length field and the command.
 *
 * <p>Chronicle already frames documents, and a process crash cannot publish a half-written one (it
 * sets the document's header last). The checksum is for what Chronicle cannot see: pages that reached
 * the disk out of order before a power loss, and bytes damaged at rest. The length is repeated inside
 * the checksum so a record whose Chronicle header was damaged is caught too.
 *
 * <p>Records are staged in one reused off-heap scratch buffer: the command is copied in, checksummed
 * there by the JDK's CRC32C intrinsic, and copied into the mapped file in one move; replay copies the
 * other way. Copying about 90 bytes twice costs far less than a system call and keeps this
 * allocation-free for any {@link DirectBuffer}, on or off heap. Not thread-safe: one per journal.
 */
final class RecordFrame {

    static final int CHECKSUM_OFFSET = 0;
    static final int LENGTH_OFFSET = 4;
    static final int HEADER_LENGTH = 8;
    /** Far above the engine's ~80-byte commands; bounds the scratch buffer and a scan for torn bytes. */
    static final int MAX_COMMAND_LENGTH = 64 * 1024;
    static final int MAX_FRAME_LENGTH = HEADER_LENGTH + MAX_COMMAND_LENGTH;

    private static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;

    private final ByteBuffer scratch = ByteBuffer.allocateDirect(MAX_FRAME_LENGTH);
    private final UnsafeBuffer view = new UnsafeBuffer(scratch);
    private final BytesStore<?, ByteBuffer> store = BytesStore.wrap(scratch);
    private final CRC32C crc = new CRC32C();
    private int commandLength;

    /**
     * Frames a command in the scratch buffer.
     *
     * @return the frame's length
     */
    int encode(DirectBuffer command, int offset, int length) {
        view.putInt(LENGTH_OFFSET, length, ORDER);
        view.putBytes(HEADER_LENGTH, command, offset, length);
        view.putInt(CHECKSUM_OFFSET, checksum(length), ORDER);
        commandLength = length;
        return HEADER_LENGTH + length;
    }

    /**
     * Frames a void record: it stands in for a command lost in a torn tail and keeps that command's
     * position taken, so a position once handed out never names another command. Replay skips it.
     *
     * @return the frame's length
     */
    int encodeVoid() {
        view.putInt(LENGTH_OFFSET, 0, ORDER);
        view.putInt(CHECKSUM_OFFSET, checksum(0), ORDER);
        commandLength = 0;
        return HEADER_LENGTH;
    }

    /** Appends the frame last {@link #encode encoded} to a document being written. */
    void writeTo(Bytes<?> document, int frameLength) {
        document.write(store, 0L, frameLength);
    }

    /**
     * Copies the document being read into the scratch buffer and checks it. When it is intact, the
     * command is at {@link #HEADER_LENGTH} of {@link #buffer()} and {@link #commandLength()} long; a
     * length of 0 is a void record.
     *
     * @param document a document's bytes, from its read position to its read limit
     * @return {@link RecordDefect#NONE} or what is wrong with it
     */
    RecordDefect decode(Bytes<?> document) {
        long size = document.readRemaining();
        if (size < HEADER_LENGTH) {
            return RecordDefect.TOO_SHORT;
        }
        if (size > MAX_FRAME_LENGTH) {
            return RecordDefect.TOO_LONG;
        }
        store.write(0L, document, document.readPosition(), size);
        int length = view.getInt(LENGTH_OFFSET, ORDER);
        if (length != size - HEADER_LENGTH) {
            return RecordDefect.LENGTH_MISMATCH;
        }
        if (view.getInt(CHECKSUM_OFFSET, ORDER) != checksum(length)) {
            return RecordDefect.CHECKSUM_MISMATCH;
        }
        commandLength = length;
        return RecordDefect.NONE;
    }

    /** @return the scratch buffer holding the last encoded or decoded frame */
    DirectBuffer buffer() {
        return view;
    }

    /** @return the command length of the last encoded or intact decoded frame, 0 for a void record */
    int commandLength() {
        return commandLength;
    }

    private int checksum(int length) {
        crc.reset();
        scratch.limit(HEADER_LENGTH + length).position(LENGTH_OFFSET);
        crc.update(scratch);
        scratch.clear();
        return (int) crc.getValue();
    }

    /** Frees the scratch buffer's Chronicle view; the frame is unusable afterwards. */
    void release() {
        store.releaseLast();
    }
}
