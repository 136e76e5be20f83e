package io.telesim.engine.statement;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.bytes.RandomDataInput;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * Reads records of the statement log by position or in order, one at a time, for one thread. Each
 * record read is copied out of the queue so it stays readable after the queue moves on; reading in order
 * copies a whole chunk ({@link ChunkLayout}) at a time and hands out its records one by one.
 */
final class LogReader implements AutoCloseable {

    private final ExcerptTailer tailer;
    private final Bytes<?> record = Bytes.allocateElasticOnHeap(RecordLayout.LENGTH);
    /** For reading in order only, made on first use: a query reads by position and never needs it. */
    private Bytes<?> chunk;
    private boolean forward = true;
    /** The chunk held for reading in order: its base position, record count and the slot to read next. */
    private long chunkBase = RecordLayout.NONE;
    private int chunkRecords;
    private int nextSlot;
    private long position = RecordLayout.NONE;
    private long recordsRead;

    LogReader(ExcerptTailer tailer) {
        this.tailer = tailer;
    }

    /** Reads the record at {@code position}; false when the log has none there. Ends reading in order. */
    boolean readAt(long position) {
        dropChunk();
        if (position < 0 || !tailer.moveToIndex(ChunkLayout.queueIndex(position))) {
            return false;
        }
        try (DocumentContext document = tailer.readingDocument()) {
            if (!document.isPresent()) {
                return false;
            }
            Bytes<?> bytes = document.wire().bytes();
            long start = bytes.readPosition();
            int slot = ChunkLayout.slot(position);
            if (slot >= chunkRecords(bytes, start, bytes.readRemaining(), document.index())) {
                return false;
            }
            copyRecord(bytes, start + ChunkLayout.recordOffset(slot), position);
            return true;
        }
    }

    /** Positions the reader so that {@link #readNext()} reads the record after {@code position}, or the first when NONE. */
    void startAfter(long position) {
        dropChunk();
        forward = true;
        tailer.direction(TailerDirection.FORWARD);
        if (position == RecordLayout.NONE || !tailer.moveToIndex(ChunkLayout.queueIndex(position))) {
            tailer.toStart();
        } else if (loadChunk()) {
            nextSlot = ChunkLayout.slot(position) + 1;
        }
    }

    /** Positions the reader so that {@link #readNext()} reads the records from the newest back. */
    void startAtEndBackwards() {
        dropChunk();
        forward = false;
        tailer.direction(TailerDirection.BACKWARD).toEnd();
    }

    /** Reads the next record in the reader's direction; false at the end of the log. */
    boolean readNext() {
        while (nextSlot < 0 || nextSlot >= chunkRecords) {
            if (!loadChunk()) {
                return false;
            }
        }
        int slot = nextSlot;
        nextSlot += forward ? 1 : -1;
        copyRecord(chunk, ChunkLayout.recordOffset(slot), ChunkLayout.position(chunkBase, slot));
        return true;
    }

    /** The position of the record read last. */
    long position() {
        return position;
    }

    /** The record read last, at offset 0. */
    RandomDataInput record() {
        return record;
    }

    /** How many records this reader has read: what a query cost. */
    long recordsRead() {
        return recordsRead;
    }

    /** True when the log is empty or its first document is a chunk, not a record of the earlier layout. */
    boolean firstDocumentIsChunk() {
        dropChunk();
        tailer.direction(TailerDirection.FORWARD).toStart();
        try (DocumentContext document = tailer.readingDocument()) {
            if (!document.isPresent()) {
                return true;
            }
            Bytes<?> bytes = document.wire().bytes();
            return ChunkLayout.records(bytes, bytes.readPosition(), bytes.readRemaining()) > 0;
        }
    }

    @Override
    public void close() {
        tailer.close();
    }

    /** Copies the tailer's next chunk in the reader's direction; false at the end of the log. */
    private boolean loadChunk() {
        try (DocumentContext document = tailer.readingDocument()) {
            if (!document.isPresent()) {
                return false;
            }
            Bytes<?> bytes = document.wire().bytes();
            long start = bytes.readPosition();
            long length = bytes.readRemaining();
            chunkRecords = chunkRecords(bytes, start, length, document.index());
            if (chunk == null) {
                chunk = Bytes.allocateElasticOnHeap((int) ChunkLayout.recordOffset(ChunkLayout.MAX_RECORDS));
            }
            chunk.clear();
            chunk.write(bytes, start, length);
            chunkBase = ChunkLayout.base(document.index());
            nextSlot = forward ? 0 : chunkRecords - 1;
            return true;
        }
    }

    private void dropChunk() {
        chunkBase = RecordLayout.NONE;
        chunkRecords = 0;
        nextSlot = 0;
    }

    private void copyRecord(Bytes<?> from, long offset, long at) {
        record.clear();
        record.write(from, offset, RecordLayout.LENGTH);
        position = at;
        recordsRead++;
    }

    private static int chunkRecords(Bytes<?> bytes, long start, long length, long queueIndex) {
        int records = ChunkLayout.records(bytes, start, length);
        if (records < 0) {
            throw new IllegalStateException("the statement log's document at index " + queueIndex + " is not a chunk of"
                    + " records (" + length + " bytes)");
        }
        return records;
    }
}
