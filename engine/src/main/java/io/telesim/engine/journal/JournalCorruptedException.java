package io.telesim.engine.journal;

import java.io.File;

/**
 * A damaged record with intact records after it: not a torn tail left by a crash, but damage at rest
 * (a bad disk, a file edited by hand). The journal refuses to replay past it, because skipping a
 * command would silently give wrong balances and replaying a damaged one would apply garbage; start-up
 * stops and an operator decides (restore the journal from a backup or replica).
 *
 * <p>A torn tail, by contrast, is repaired when the journal opens; see {@link CommandJournal}.
 */
public final class JournalCorruptedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final long position;

    JournalCorruptedException(long position, String message) {
        super(message);
        this.position = position;
    }

    static JournalCorruptedException damagedRecord(long position, int cycle, long sequence, RecordDefect defect,
                                                   File file, String followedBy) {
        return new JournalCorruptedException(position, "journal record at position " + position + " (cycle "
                + cycle + ", sequence " + sequence + ", file " + file + ") is damaged: " + defect.description()
                + "; " + followedBy + ", so this is not a torn tail from a crash. Replay stops here: restore "
                + "the journal from a backup or replica");
    }

    /** @return the journal position of the damaged record */
    public long position() {
        return position;
    }
}
