package io.telesim.engine.statement;

import net.openhft.chronicle.bytes.RandomDataInput;
import net.openhft.chronicle.bytes.RandomDataOutput;

/**
 * A chunk: one statement-log document holding up to {@link #MAX_RECORDS} records, so the output stage
 * pays Chronicle's per-document cost once per chunk rather than once per record. A record's position is
 * the chunk's queue index shifted left by {@link #SLOT_BITS}, plus its slot: positions grow with the log,
 * as the queries' links and cursors need.
 *
 * <pre>
 *   0 records   int   how many records follow
 *   4 reserved  int   0
 *   8 records   {@link RecordLayout#LENGTH} bytes each
 * </pre>
 *
 * A document of the earlier layout (one record, {@link RecordLayout#LENGTH} bytes) is never a chunk:
 * no chunk is that long.
 */
final class ChunkLayout {

    static final int SLOT_BITS = 8;
    static final int MAX_RECORDS = 1 << SLOT_BITS;
    static final int HEADER_LENGTH = 8;

    private static final int RECORDS = 0;
    private static final long SLOT_MASK = MAX_RECORDS - 1;

    private ChunkLayout() {
    }

    /** The position of a chunk's first record, from the chunk's queue index. */
    static long base(long queueIndex) {
        return queueIndex << SLOT_BITS;
    }

    static long position(long base, int slot) {
        return base | slot;
    }

    /** The queue index of the chunk that holds {@code position}. */
    static long queueIndex(long position) {
        return position >>> SLOT_BITS;
    }

    static int slot(long position) {
        return (int) (position & SLOT_MASK);
    }

    /** Where record {@code slot} starts, from the start of its chunk. */
    static long recordOffset(int slot) {
        return HEADER_LENGTH + (long) slot * RecordLayout.LENGTH;
    }

    static void writeCount(RandomDataOutput<?> out, long chunkStart, int records) {
        out.writeInt(chunkStart + RECORDS, records);
        out.writeInt(chunkStart + RECORDS + 4, 0);
    }

    /** How many records the chunk of {@code length} bytes at {@code chunkStart} holds, or -1 when it is not a chunk. */
    static int records(RandomDataInput in, long chunkStart, long length) {
        if (length < HEADER_LENGTH) {
            return -1;
        }
        int records = in.readInt(chunkStart + RECORDS);
        return records >= 1 && records <= MAX_RECORDS && length == recordOffset(records) ? records : -1;
    }
}
