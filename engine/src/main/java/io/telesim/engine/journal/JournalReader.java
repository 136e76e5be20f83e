package io.telesim.engine.journal;

import org.agrona.DirectBuffer;

/**
 * Receives the commands of a journal replay, in journal order.
 *
 * <p>The buffer is a view the journal reuses for the next record: read the command during the call,
 * do not keep the buffer.
 */
@FunctionalInterface
public interface JournalReader {

    /**
     * One replayed command.
     *
     * @param position the journal position the command was appended at
     * @param buffer   holds the command's bytes
     * @param offset   where the command starts in {@code buffer}
     * @param length   the command's length in bytes
     */
    void onCommand(long position, DirectBuffer buffer, int offset, int length);
}
