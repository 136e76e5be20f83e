package io.telesim.engine.statement;

/**
 * Makes appends exactly-once across a crash. After a restart the engine replays journal commands the
 * log may already hold records of; records of one command are appended together and in journal order,
 * so the log's tail tells which: every command before the newest journal position in the log is
 * complete, and of that newest command the log holds its first few records (all of them unless the
 * crash tore the group). Until the first record of a later command arrives, this guard recognises the
 * records the log already holds; after that it costs one comparison.
 */
final class ReplayGuard {

    /** The log's newest journal position at open, or {@link RecordLayout#NONE} for an empty log. */
    private final long lastJournalPosition;
    /** How many records of that command the log holds. */
    private final int recordsOfLast;
    private int replayedOfLast;
    private boolean replaying;

    private ReplayGuard(long lastJournalPosition, int recordsOfLast) {
        this.lastJournalPosition = lastJournalPosition;
        this.recordsOfLast = recordsOfLast;
        this.replaying = recordsOfLast > 0;
    }

    /** Reads the log's tail backwards: its newest journal position and how many records carry it. */
    static ReplayGuard ofTail(LogReader reader) {
        reader.startAtEndBackwards();
        if (!reader.readNext()) {
            return new ReplayGuard(RecordLayout.NONE, 0);
        }
        long last = RecordLayout.journalPosition(reader.record());
        int records = 1;
        while (reader.readNext() && RecordLayout.journalPosition(reader.record()) == last) {
            records++;
        }
        return new ReplayGuard(last, records);
    }

    /** True when the log already holds the record the engine is about to append for this command. */
    boolean isStored(long journalPosition) {
        if (!replaying) {
            return false;
        }
        if (journalPosition < lastJournalPosition) {
            return true;
        }
        if (journalPosition == lastJournalPosition && replayedOfLast < recordsOfLast) {
            replayedOfLast++;
            return true;
        }
        replaying = false;
        return false;
    }

    long lastJournalPosition() {
        return lastJournalPosition;
    }

    int recordsOfLast() {
        return recordsOfLast;
    }
}
