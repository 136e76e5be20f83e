package io.telesim.engine.pipeline;

import org.agrona.DirectBuffer;

/** The journal as the pipeline sees it: append, and make durable at the end of a batch. Single writer. */
public interface CommandLog {

    /** Appends one encoded command and returns its position. */
    long append(DirectBuffer buffer, int offset, int length);

    void endOfBatch();
}
