package io.telesim.engine.pipeline;

import org.agrona.DirectBuffer;

/** The journal as the pipeline sees it: append, and make durable at the end of a batch. Single writer. */
public interface CommandLog {

    /**
     * Appends one record, the encoded commands of a batch ({@link CommandCodec#LENGTH} bytes each, at most
     * {@link CommandPositions#PER_RECORD}), and returns the record's position.
     */
    long append(DirectBuffer buffer, int offset, int length);

    void endOfBatch();
}
