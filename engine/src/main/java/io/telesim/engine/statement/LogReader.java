package io.telesim.engine.statement;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.bytes.RandomDataInput;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * Reads records of the statement log by position or in order, one at a time, for one thread. Each
 * record read is copied out of the queue so it stays readable after the queue moves on.
 */
final class LogReader implements AutoCloseable {

    private final ExcerptTailer tailer;
    private final Bytes<?> record = Bytes.allocateElasticOnHeap(RecordLayout.LENGTH);
    private long position = RecordLayout.NONE;
    private long recordsRead;

    LogReader(ExcerptTailer tailer) {
        this.tailer = tailer;
    }

    /** Reads the record at {@code position}; false when the log has none there. */
    boolean readAt(long position) {
        return position >= 0 && tailer.moveToIndex(position) && readNext();
    }

    /** Positions the reader so that {@link #readNext()} reads the record after {@code position}, or the first when NONE. */
    void startAfter(long position) {
        tailer.direction(TailerDirection.FORWARD);
        if (position == RecordLayout.NONE || !tailer.moveToIndex(position)) {
            tailer.toStart();
        } else {
            readNext();
        }
    }

    /** Positions the reader so that {@link #readNext()} reads the records from the newest back. */
    void startAtEndBackwards() {
        tailer.direction(TailerDirection.BACKWARD).toEnd();
    }

    /** Reads the next record in the reader's direction; false at the end of the log. */
    boolean readNext() {
        try (DocumentContext document = tailer.readingDocument()) {
            if (!document.isPresent()) {
                return false;
            }
            Bytes<?> bytes = document.wire().bytes();
            record.clear();
            record.write(bytes, bytes.readPosition(), RecordLayout.LENGTH);
            position = document.index();
            recordsRead++;
            return true;
        }
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

    @Override
    public void close() {
        tailer.close();
    }
}
