package io.telesim.engine.journal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.core.time.TimeProvider;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * Writes a fresh copy of one cycle file holding only its first records, and void records in place of
 * the dropped ones: how the journal cuts a torn tail.
 *
 * <p>Chronicle Queue cannot truncate: its write position only grows and its index may already point
 * at the damaged records. A copy made by Chronicle itself, into a scratch queue whose clock is pinned
 * to the cycle, has the same file name, the same sequence numbers and so the same positions for the
 * records it keeps, with an index and write position that end where the copy ends. It then replaces
 * the damaged file in one rename. The copy costs one read of the cycle's intact prefix; it only
 * happens after damage a process crash cannot cause (see {@link RecordFrame}).
 */
final class CycleRewriter {

    static final String SCRATCH_DIRECTORY = "rewrite.tmp";

    private CycleRewriter() {
    }

    /**
     * Copies the first {@code keep} records of {@code cycle} into a scratch directory inside the journal
     * directory (so the final rename stays on one file system), followed by {@code voids} void records
     * that keep the positions of the dropped ones taken.
     *
     * <p>The copy has no end-of-file marker, like the cycle being written. If the clock has moved on,
     * Chronicle adds one on the first append to a later cycle: it re-checks every cycle from the last one
     * it closed (which cannot be later than this one, since this one holds the last record).
     *
     * @return the copy, to be moved over the original once the journal's queue is closed
     */
    static File copyPrefix(SingleChronicleQueue source, Path journalDirectory, int cycle, long keep, long voids,
                           RecordFrame frame) {
        Path scratch = journalDirectory.resolve(SCRATCH_DIRECTORY);
        discardScratch(journalDirectory);
        RollCycle rollCycle = source.rollCycle();
        PinnedClock clock = new PinnedClock(source.epoch() + (long) cycle * rollCycle.lengthInMillis());
        File copy;
        try (SingleChronicleQueue target = JournalQueues.open(scratch, rollCycle, clock);
             ExcerptAppender out = target.createAppender();
             ExcerptTailer in = source.createTailer()) {
            if (rollCycle.current(clock, target.epoch()) != cycle) {
                throw new IllegalStateException("cannot pin a clock to journal cycle " + cycle + " of " + rollCycle);
            }
            if (keep > 0 && !in.moveToIndex(rollCycle.toIndex(cycle, 0))) {
                throw new IllegalStateException("journal cycle " + cycle + " lost its first record while being cut");
            }
            for (long copied = 0; copied < keep; copied++) {
                try (DocumentContext record = in.readingDocument(); DocumentContext written = out.writingDocument()) {
                    if (!record.isPresent() || record.index() != rollCycle.toIndex(cycle, copied)) {
                        throw new IllegalStateException("journal cycle " + cycle + " lost record " + copied
                                + " while being cut");
                    }
                    Bytes<?> bytes = record.wire().bytes();
                    written.wire().bytes().write(bytes, bytes.readPosition(), bytes.readRemaining());
                }
            }
            for (long written = 0; written < voids; written++) {
                int length = frame.encodeVoid();
                try (DocumentContext placeholder = out.writingDocument()) {
                    frame.writeTo(placeholder.wire().bytes(), length);
                }
            }
            copy = out.currentFile();
        }
        force(copy);
        return copy;
    }

    /** Replaces {@code original} by {@code copy} and removes the scratch directory. */
    static void replace(File original, File copy, Path journalDirectory) {
        try {
            Files.move(copy.toPath(), original.toPath(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not replace " + original + " by its repaired copy " + copy, e);
        }
        discardScratch(journalDirectory);
        force(journalDirectory.toFile());
    }

    /** Removes what a rewrite interrupted by a crash left behind; the original file is still in place. */
    static void discardScratch(Path journalDirectory) {
        deleteRecursively(journalDirectory.resolve(SCRATCH_DIRECTORY));
    }

    private static void force(File file) {
        try (FileChannel channel = FileChannel.open(file.toPath(), StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not flush " + file, e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }

    /** A clock that stands still in the cycle being copied, so every write lands in that cycle's file. */
    private static final class PinnedClock implements TimeProvider {

        private final long millis;

        PinnedClock(long millis) {
            this.millis = millis;
        }

        @Override
        public long currentTimeMillis() {
            return millis;
        }
    }
}
