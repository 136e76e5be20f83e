package io.telesim.engine.journal;

import java.io.File;
import java.nio.file.Path;
import net.openhft.chronicle.core.time.TimeProvider;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a journal's queue so that appending is safe after any crash: a torn tail is cut at the last
 * intact record and the leftovers of an unfinished append are cleared, each with one WARN line that
 * says what was dropped and where.
 */
final class JournalRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(JournalRecovery.class);

    private JournalRecovery() {
    }

    /**
     * @throws JournalCorruptedException if a damaged record has intact records after it
     * @throws IllegalStateException     if Chronicle cannot read the end of the journal at all
     */
    static SingleChronicleQueue openRepaired(JournalSettings settings, TimeProvider clock, RecordFrame frame) {
        CycleRewriter.discardScratch(settings.directory());
        SingleChronicleQueue queue = JournalQueues.open(settings.directory(), settings.rollCycle(), clock);
        try {
            TailScan scan = TailScanner.scan(queue, frame);
            if (scan instanceof TailScan.Intact intact) {
                scrubIfNewest(queue, intact, settings.directory());
            }
            if (!(scan instanceof TailScan.Torn torn)) {
                return queue;
            }
            cut(queue, settings.directory(), frame, torn);
        } catch (RuntimeException e) {
            queue.close();
            throw e;
        }
        return JournalQueues.open(settings.directory(), settings.rollCycle(), clock);
    }

    /** Cuts the torn cycle at its last intact record; closes {@code queue}, which must be reopened. */
    private static void cut(SingleChronicleQueue queue, Path directory, RecordFrame frame, TailScan.Torn torn) {
        RollCycle rollCycle = queue.rollCycle();
        CycleFiles files = new CycleFiles(directory, rollCycle, queue.epoch());
        File original = files.fileOf(torn.cycle());
        File copy = CycleRewriter.copyPrefix(queue, directory, torn.cycle(), torn.keptRecords(),
                torn.droppedRecords(), frame);
        queue.close();
        CycleRewriter.replace(original, copy, directory);
        // Later files hold no record (the torn cycle held the last one); one left would strand the torn cycle behind it.
        files.deleteAfter(torn.cycle());
        LOG.warn("Journal {}: cut a torn tail {}: dropped {} record(s), {} bytes, from position {} (cycle {}, "
                        + "sequence {}) on; {}{}. {}",
                directory, torn.lastGoodPosition() == CommandJournal.BEFORE_FIRST
                        ? "at the start of cycle " + torn.cycle() : "after position " + torn.lastGoodPosition(),
                torn.droppedRecords(), torn.droppedBytes(), torn.firstBadPosition(), torn.cycle(),
                rollCycle.toSequenceNumber(torn.firstBadPosition()),
                torn.defect() == RecordDefect.NONE ? "Chronicle could not parse what follows"
                        : "the first is damaged: " + torn.defect().description(),
                torn.unreadable() && torn.defect() != RecordDefect.NONE
                        ? "; the damage could not be fully delimited, so more bytes may have been lost than counted" : "",
                torn.droppedRecords() > 0 ? "Void records keep their positions taken; appends continue after them."
                        : "Appends continue after the last intact record.");
    }

    private static void scrubIfNewest(SingleChronicleQueue queue, TailScan.Intact intact, Path directory) {
        if (queue.rollCycle().toCycle(intact.lastPosition()) != queue.lastCycle()) {
            return; // a newer cycle file exists; Chronicle closed this one with its end-of-file marker
        }
        UnfinishedAppendScrubber.Scrubbed scrubbed = UnfinishedAppendScrubber.scrub(intact.file(), intact.endOffset());
        if (scrubbed != null) {
            LOG.warn("Journal {}: dropped {} bytes of an append that never completed, after position {} (byte "
                            + "offset {} of {}): the writer died mid-append and Chronicle never published it.",
                    directory, scrubbed.length(), intact.lastPosition(), scrubbed.offset(), intact.file());
        }
    }
}
