package io.telesim.engine.statement;

import java.io.File;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;

import io.telesim.engine.files.AppendPoint;

/**
 * The statement log: an append-only Chronicle Queue whose documents are chunks of {@link RecordLayout}
 * records ({@link ChunkLayout}). A record's position is its chunk's queue index and its slot in the chunk
 * ({@link ChunkLayout#position}). Appends land in memory-mapped files; a chunk becomes readable, and safe
 * from a crash of the process, when {@link #commit()} returns; {@link #sync()} also forces it to the disk.
 * A chunk a crash left open is not in the log: the queue's next writer writes over it.
 *
 * <p>Single writer for appends; any thread may read through its own {@link #reader()}.
 */
final class StatementLog implements AutoCloseable {

    /**
     * An index entry every 16 chunks: a random read scans at most 15 chunk headers past the nearest entry
     * (Chronicle's default is 256).
     */
    private static final int INDEX_SPACING = 16;

    private final SingleChronicleQueue queue;
    private final ExcerptAppender appender;
    private final AppendPoint appendPoint = new AppendPoint();
    private DocumentContext chunk;
    private Bytes<?> bytes;
    private long chunkStart;
    private long chunkBase;
    private int chunkRecords;

    private StatementLog(SingleChronicleQueue queue) {
        this.queue = queue;
        this.appender = queue.createAppender();
    }

    /**
     * Opens the log in {@code directory}.
     *
     * @throws IllegalStateException when the log was written with one record per document (before chunks)
     */
    static StatementLog open(File directory, long blockSize) {
        SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(directory)
                .rollCycle(RollCycles.FAST_DAILY)
                .blockSize(blockSize)
                .indexSpacing(INDEX_SPACING)
                .build();
        try (LogReader reader = new LogReader(queue.createTailer())) {
            if (!reader.firstDocumentIsChunk()) {
                queue.close();
                throw new IllegalStateException("the statement log in " + directory + " holds one record per document"
                        + " (written before chunks, 2026-11-27): move the statements directory away and rebuild it"
                        + " from the journal");
            }
        }
        return new StatementLog(queue);
    }

    /**
     * Appends a record with the links {@code chain} computed to the open chunk, opening one if none is;
     * returns its position. Call {@link #commit()} before the chunk is {@link #full()}. Writer only.
     */
    long append(StatementRecord record, NumberChain chain) {
        if (chunk == null) {
            openChunk();
        }
        long at = chunkStart + ChunkLayout.recordOffset(chunkRecords);
        RecordLayout.write(record, chain, bytes, at);
        bytes.writeSkip(RecordLayout.LENGTH);
        return ChunkLayout.position(chunkBase, chunkRecords++);
    }

    /** True when the open chunk takes no more records. Writer only. */
    boolean full() {
        return chunkRecords == ChunkLayout.MAX_RECORDS;
    }

    /** Closes the open chunk, if any: its records become readable. Writer only. */
    void commit() {
        if (chunk == null) {
            return;
        }
        ChunkLayout.writeCount(bytes, chunkStart, chunkRecords);
        long end = bytes.writePosition();
        chunk.close();
        appendPoint.moved(appender.currentFile(), end);
        chunk = null;
        bytes = null;
    }

    /** Where the next chunk goes, for reading its pages ahead. */
    AppendPoint appendPoint() {
        return appendPoint;
    }

    /** Forces what has been committed to the disk. Writer only. */
    void sync() {
        appender.sync();
    }

    /** The newest committed record's position, or {@link RecordLayout#NONE} when the log has none. */
    long lastPosition() {
        try (LogReader reader = reader()) {
            reader.startAtEndBackwards();
            return reader.readNext() ? reader.position() : RecordLayout.NONE;
        }
    }

    /** A reader for the calling thread; close it when done. */
    LogReader reader() {
        return new LogReader(queue.createTailer());
    }

    /** Lets another thread append from now on: Chronicle binds an appender to the first thread that used it. */
    void releaseWriter() {
        commit();
        appender.singleThreadedCheckReset();
    }

    @Override
    public void close() {
        commit();
        appender.close();
        queue.close();
    }

    private void openChunk() {
        chunk = appender.writingDocument();
        bytes = chunk.wire().bytes();
        chunkStart = bytes.writePosition();
        chunkBase = ChunkLayout.base(chunk.index());
        chunkRecords = 0;
        bytes.writeSkip(ChunkLayout.HEADER_LENGTH);
    }
}
