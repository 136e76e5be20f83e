package io.telesim.engine.journal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import net.openhft.chronicle.wire.Wires;

/**
 * Clears what a writer that died in the middle of an append left after the last document.
 *
 * <p>Chronicle Queue (this version) writes a document's bytes first and its 4-byte header last, with a
 * compare-and-swap from 0; older versions first wrote a header marked "not complete". So a process
 * killed mid-append leaves, after the last complete document, a header that is 0 (or marked not
 * complete) followed by some of the document's bytes. Readers stop at such a header and the next
 * append writes over it, so nothing unfinished is ever replayed; but an old-style "not complete" header
 * makes Chronicle wait out its timeout (10 s and more) before closing the cycle, and the bytes deserve
 * a log line. This clears them, so they are reported once and never waited on.
 *
 * <p>It works on the file through a {@link FileChannel}, which on Linux shares the page cache with
 * Chronicle's mapping; it runs when the journal opens, before anyone appends.
 */
final class UnfinishedAppendScrubber {

    /** The most an unfinished append can have written: a header, a frame, and Chronicle's padding. */
    static final int WINDOW = Wires.SPB_HEADER_SIZE + RecordFrame.MAX_FRAME_LENGTH + 8;

    /** How many complete documents (Chronicle's index blocks) may follow the last record. */
    private static final int MAX_DOCUMENTS_AFTER_LAST_RECORD = 64;

    private UnfinishedAppendScrubber() {
    }

    /**
     * Clears the leftovers of an unfinished append after {@code endOffset}, the end of the last record.
     *
     * @return where the cleared bytes start and how many there are, or {@code null} if there were none
     */
    static Scrubbed scrub(File file, long endOffset) {
        try (FileChannel channel = FileChannel.open(file.toPath(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long chainEnd = endOfDocuments(channel, endOffset);
            if (chainEnd < 0) {
                return null;
            }
            ByteBuffer window = ByteBuffer.allocate(WINDOW);
            readFully(channel, window, chainEnd);
            int dirty = window.position();
            while (dirty > 0 && window.get(dirty - 1) == 0) {
                dirty--;
            }
            if (dirty == 0) {
                return null;
            }
            channel.write(ByteBuffer.allocate(dirty), chainEnd);
            channel.force(false);
            return new Scrubbed(chainEnd, dirty);
        } catch (IOException e) {
            throw new UncheckedIOException("could not inspect the end of journal file " + file, e);
        }
    }

    /**
     * Walks the complete documents (Chronicle metadata) after the last record as Chronicle's appender
     * does, to where the next document would go.
     *
     * @return that offset, or -1 if the cycle is closed by an end-of-file marker
     */
    private static long endOfDocuments(FileChannel channel, long offset) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(Wires.SPB_HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        long position = offset;
        for (int documents = 0; documents < MAX_DOCUMENTS_AFTER_LAST_RECORD; documents++) {
            position += (-position) & 3; // Chronicle starts every header on a 4-byte boundary
            header.clear();
            readFully(channel, header, position);
            if (header.position() < Wires.SPB_HEADER_SIZE) {
                return position;
            }
            int value = header.getInt(0);
            if (value == Wires.END_OF_DATA) {
                return -1;
            }
            if (value == Wires.NOT_INITIALIZED || Wires.isNotComplete(value)) {
                return position;
            }
            position += Wires.SPB_HEADER_SIZE + Wires.lengthOf(value);
        }
        return position;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + buffer.position());
            if (read < 0) {
                return;
            }
        }
    }

    /**
     * Bytes cleared after the last record.
     *
     * @param offset where they start in the file
     * @param length how many
     */
    record Scrubbed(long offset, int length) {
    }
}
