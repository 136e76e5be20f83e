package io.telesim.engine.recovery;

import org.agrona.DirectBuffer;

import io.telesim.engine.journal.CommandJournal;
import io.telesim.engine.pipeline.CommandLog;
import io.telesim.engine.pipeline.CommandPositions;

/**
 * The command journal as the journal stage's log. Journal files covered by a durable checkpoint are
 * deleted here, at the end of a batch, because the journal is only ever touched by its writer thread.
 */
final class JournalLog implements CommandLog {

    private final CommandJournal journal;
    private volatile long deletable = CommandJournal.BEFORE_FIRST;
    private long deleted = CommandJournal.BEFORE_FIRST;

    JournalLog(CommandJournal journal) {
        this.journal = journal;
    }

    @Override
    public long append(DirectBuffer buffer, int offset, int length) {
        return journal.append(buffer, offset, length);
    }

    @Override
    public void endOfBatch() {
        journal.endOfBatch();
        long upTo = deletable;
        if (upTo > deleted) {
            journal.deleteUpTo(CommandPositions.record(upTo));
            deleted = upTo;
        }
    }

    /** A checkpoint at command {@code position} is durable: journal files wholly before it may go. Any thread. */
    void allowDeletionUpTo(long position) {
        deletable = position;
    }
}
