package io.telesim.engine.journal;

import java.io.File;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import net.openhft.chronicle.wire.Wires;

/**
 * Finds out whether a journal ends in damaged records.
 *
 * <p>Cheap when the journal is healthy: it reads only the last record. When that one is damaged it
 * reads the newest cycle from its start to find where the damage begins, and fails with
 * {@link JournalCorruptedException} if an intact record follows a damaged one (that is not a tail).
 */
final class TailScanner {

    private TailScanner() {
    }

    static TailScan scan(SingleChronicleQueue queue, RecordFrame frame) {
        int cycle;
        try (ExcerptTailer tailer = queue.createTailer().direction(TailerDirection.BACKWARD).toEnd();
             DocumentContext last = tailer.readingDocument()) {
            if (!last.isPresent()) {
                return new TailScan.Empty();
            }
            Bytes<?> bytes = last.wire().bytes();
            long endOffset = bytes.readLimit();
            if (frame.decode(bytes) == RecordDefect.NONE) {
                return new TailScan.Intact(last.index(), tailer.currentFile(), endOffset);
            }
            cycle = queue.rollCycle().toCycle(last.index());
        } catch (RuntimeException chronicleCouldNotParseTheEnd) {
            cycle = queue.lastCycle();
        }
        return scanCycle(queue, frame, cycle);
    }

    private static TailScan scanCycle(SingleChronicleQueue queue, RecordFrame frame, int cycle) {
        RollCycle rollCycle = queue.rollCycle();
        long kept = 0;
        long lastGood = CommandJournal.BEFORE_FIRST;
        long lastGoodEnd = -1;
        File lastGoodFile = null;
        long firstBad = -1;
        RecordDefect defect = RecordDefect.NONE;
        long dropped = 0;
        long droppedBytes = 0;
        boolean undelimited = false;
        RuntimeException unreadable = null;
        try (ExcerptTailer tailer = queue.createTailer()) {
            if (!tailer.moveToCycle(cycle)) {
                throw new IllegalStateException("Chronicle cannot find the start of cycle " + cycle);
            }
            while (true) {
                try (DocumentContext document = tailer.readingDocument()) {
                    if (!document.isPresent() || rollCycle.toCycle(document.index()) != cycle) {
                        break;
                    }
                    Bytes<?> bytes = document.wire().bytes();
                    long size = Wires.SPB_HEADER_SIZE + bytes.readRemaining();
                    long end = bytes.readLimit();
                    RecordDefect found = frame.decode(bytes);
                    if (found == RecordDefect.NONE) {
                        if (firstBad >= 0) {
                            throw JournalCorruptedException.damagedRecord(firstBad, cycle,
                                    rollCycle.toSequenceNumber(firstBad), defect, tailer.currentFile(),
                                    "the intact record at position " + document.index() + " follows it");
                        }
                        kept++;
                        lastGood = document.index();
                        lastGoodEnd = end;
                        lastGoodFile = tailer.currentFile();
                    } else {
                        if (firstBad < 0) {
                            firstBad = document.index();
                            defect = found;
                        }
                        dropped++;
                        if (found == RecordDefect.TOO_LONG) {
                            // Its length is garbage (a header claiming up to 1 GiB): count the header only.
                            droppedBytes += Wires.SPB_HEADER_SIZE;
                            undelimited = true;
                        } else {
                            droppedBytes += size;
                        }
                    }
                }
            }
        } catch (JournalCorruptedException e) {
            throw e;
        } catch (RuntimeException chronicleGaveUp) {
            unreadable = chronicleGaveUp;
        }
        if (unreadable != null && kept == 0 && dropped == 0) {
            // Nothing delimited: cutting would mean deleting a file no one could read. A person decides.
            throw new IllegalStateException("the end of the journal in " + queue.fileAbsolutePath() + " (cycle "
                    + cycle + ") cannot be read, so it cannot be repaired automatically", unreadable);
        }
        if (firstBad < 0 && unreadable == null) {
            // Only the backward read choked; read forwards, every record is intact.
            return lastGoodFile == null ? new TailScan.Empty() : new TailScan.Intact(lastGood, lastGoodFile, lastGoodEnd);
        }
        if (firstBad < 0) {
            firstBad = rollCycle.toIndex(cycle, kept);
        }
        return new TailScan.Torn(cycle, kept, lastGood, firstBad, defect, dropped, droppedBytes,
                unreadable != null || undelimited);
    }
}
