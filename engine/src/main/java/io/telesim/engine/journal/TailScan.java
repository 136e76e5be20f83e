package io.telesim.engine.journal;

import java.io.File;

/** What the end of a journal looks like when it opens. */
sealed interface TailScan permits TailScan.Empty, TailScan.Intact, TailScan.Torn {

    /** No record at all. */
    record Empty() implements TailScan {
    }

    /**
     * The last record is intact.
     *
     * @param lastPosition the last record's position
     * @param file         the file it is in
     * @param endOffset    the byte offset in {@code file} where its document ends
     */
    record Intact(long lastPosition, File file, long endOffset) implements TailScan {
    }

    /**
     * The newest cycle ends in damaged records, with no intact one after them.
     *
     * @param cycle            the cycle holding the damage
     * @param keptRecords      how many records at the start of the cycle are intact and stay
     * @param lastGoodPosition the last intact record in the cycle, or {@link CommandJournal#BEFORE_FIRST}
     * @param firstBadPosition the first damaged record (a position no intact record will keep)
     * @param defect           what is wrong with the first damaged record
     * @param droppedRecords   how many damaged records Chronicle could delimit
     * @param droppedBytes     their bytes, Chronicle headers included
     * @param unreadable       whether the damage could not be fully delimited (Chronicle gave up parsing, or a
     *                         header claimed an impossible length), so more bytes may be lost than counted
     */
    record Torn(int cycle, long keptRecords, long lastGoodPosition, long firstBadPosition, RecordDefect defect,
                long droppedRecords, long droppedBytes, boolean unreadable) implements TailScan {
    }
}
