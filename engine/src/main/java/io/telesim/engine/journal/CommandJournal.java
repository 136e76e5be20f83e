package io.telesim.engine.journal;

import java.nio.file.Path;
import java.util.function.LongSupplier;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;

import io.telesim.engine.files.AppendPoint;

/**
 * The command journal: every command that changes an account is appended here before it is applied,
 * and after a crash the engine replays the journal past its last checkpoint.
 *
 * <p><b>Storage.</b> A Chronicle Queue in one directory, one memory-mapped file per roll cycle
 * ({@link JournalSettings#DEFAULT_ROLL_CYCLE five minutes} by default). A command's <em>position</em>
 * is its Chronicle index, {@code cycle << bits | sequence}: it only grows, also across files, so
 * positions compare as plain {@code long}s. {@link #BEFORE_FIRST} is less than every position.
 *
 * <p><b>Records.</b> Each command is stored with its length and a CRC32C ({@link RecordFrame}).
 *
 * <p><b>Crashes.</b> {@link #open} repairs the end of the journal before anything else happens:
 * <ul>
 *   <li>A process killed mid-append (SIGKILL) cannot leave a half-written record behind: Chronicle
 *       publishes a document by setting its header last, so an unfinished one is invisible and is
 *       overwritten by the next append. Its leftover bytes are cleared and logged once (WARN).</li>
 *   <li>A <em>torn tail</em> (the last records fail their checksum or length check, or Chronicle
 *       cannot parse them; after a power loss wrote pages out of order) is cut at the last intact
 *       record with one WARN line saying how many records and bytes were dropped and from which
 *       position. The dropped records' positions stay taken by void records that replay skips, so a
 *       position is never handed out twice; appends continue after them.</li>
 *   <li>A damaged record with intact records after it is not a tail: {@link #open} or {@link #replay}
 *       throws {@link JournalCorruptedException} naming its position, and the engine does not start.</li>
 *   <li>A Chronicle write lock left by the dead writer is released (its process id may have been reused
 *       by the restarted engine, which Chronicle would take for a live holder).</li>
 * </ul>
 *
 * <p><b>Threads.</b> Single writer: one thread calls {@link #append} and {@link #endOfBatch}; this is
 * asserted. {@link #replay} runs before the first append (it throws afterwards), on any one thread.
 * One journal object per directory, across processes: {@link #open} fails fast if the directory is
 * already open.
 */
public final class CommandJournal implements AutoCloseable {

    /** A position before every record: replay from here replays everything. */
    public static final long BEFORE_FIRST = -1L;

    /** The longest command the journal takes, in bytes. */
    public static final int MAX_COMMAND_LENGTH = RecordFrame.MAX_COMMAND_LENGTH;

    private final JournalSettings settings;
    private final DirectoryLock directoryLock;
    private final RecordFrame frame;
    private final SingleChronicleQueue queue;
    private final DiskFlusher flusher;
    private final CycleFiles cycleFiles;
    private ExcerptAppender appender;
    private Thread writer;
    private final AppendPoint appendPoint = new AppendPoint();
    private long lastPosition;
    private boolean closed;

    private CommandJournal(JournalSettings settings, DirectoryLock directoryLock, RecordFrame frame,
                           SingleChronicleQueue queue) {
        this.settings = settings;
        this.directoryLock = directoryLock;
        this.frame = frame;
        this.queue = queue;
        this.flusher = new DiskFlusher(settings.fsync(), settings.nanoTime());
        this.cycleFiles = new CycleFiles(settings.directory(), settings.rollCycle(), queue.epoch());
        long last = queue.lastIndex();
        this.lastPosition = last < 0 ? BEFORE_FIRST : last;
    }

    /**
     * Opens (or creates) the journal in {@code directory}, with five-minute files and the system wall
     * clock, and repairs a crash's leftovers at its end.
     *
     * @param directory the journal's directory
     * @param fsync     when appended commands are forced to the disk
     * @param nanoTime  a monotonic clock, read only by an {@link FsyncPolicy.Kind#INTERVAL} policy
     * @return the open journal
     * @throws JournalCorruptedException if a damaged record has intact records after it
     */
    public static CommandJournal open(Path directory, FsyncPolicy fsync, LongSupplier nanoTime) {
        return open(JournalSettings.of(directory, fsync, nanoTime));
    }

    /**
     * Opens (or creates) a journal and repairs a crash's leftovers at its end.
     *
     * @param settings where and how
     * @return the open journal
     * @throws JournalCorruptedException if a damaged record has intact records after it
     * @throws IllegalStateException     if the directory is already open, or Chronicle cannot read the end
     *                                   of the journal at all (nothing is deleted then)
     */
    public static CommandJournal open(JournalSettings settings) {
        DirectoryLock lock = DirectoryLock.acquire(settings.directory());
        RecordFrame frame = new RecordFrame();
        SingleChronicleQueue queue = null;
        try {
            queue = JournalRecovery.openRepaired(settings, new WallClock(settings.wallClockMillis()), frame);
            return new CommandJournal(settings, lock, frame, queue);
        } catch (RuntimeException e) {
            if (queue != null) {
                queue.close();
            }
            frame.release();
            lock.close();
            throw e;
        }
    }

    /**
     * Appends one command. Allocation-free once the writer has appended its first command; a flush
     * happens only in {@link #endOfBatch()}, or when the append starts a new file.
     *
     * @param buffer holds the command
     * @param offset where the command starts in {@code buffer}
     * @param length the command's length, 1 to {@link #MAX_COMMAND_LENGTH} bytes
     * @return the command's position, greater than every earlier one
     */
    public long append(DirectBuffer buffer, int offset, int length) {
        assert isWriterThread() : "the journal has a single writer; appended from " + Thread.currentThread();
        if (length < 1 || length > MAX_COMMAND_LENGTH) {
            throw new IllegalArgumentException("a command is 1 to " + MAX_COMMAND_LENGTH + " bytes, was " + length);
        }
        int frameLength = frame.encode(buffer, offset, length);
        ExcerptAppender out = appender();
        try (DocumentContext document = out.writingDocument()) {
            try {
                Bytes<?> bytes = document.wire().bytes();
                frame.writeTo(bytes, frameLength);
                appendPoint.moved(out.currentFile(), bytes.writePosition());
            } catch (RuntimeException | Error e) {
                document.rollbackOnClose();
                throw e;
            }
        }
        flusher.appended(out.currentFile());
        lastPosition = out.lastIndexAppended();
        return lastPosition;
    }

    /** Where the next record goes, for reading its pages ahead. */
    public AppendPoint appendPoint() {
        return appendPoint;
    }

    /** The end of a ring batch: makes what was appended durable as the {@link FsyncPolicy} says. */
    public void endOfBatch() {
        assert isWriterThread() : "the journal has a single writer; batch ended on " + Thread.currentThread();
        flusher.endOfBatch();
    }

    /**
     * Replays, in order, every command after {@code afterPosition}. Call it before the first append.
     *
     * @param afterPosition {@link #BEFORE_FIRST} for every command the journal holds, or the position of a
     *                      command it holds (the last one a checkpoint covers)
     * @param reader        receives each command
     * @return the position of the last command replayed, or {@code afterPosition} if none was (void
     *         records of a cut tail are skipped)
     * @throws JournalCorruptedException if a record fails its checks (the tail was repaired at open, so
     *                                   any damaged record is in the middle)
     * @throws IllegalArgumentException  if the journal does not hold {@code afterPosition}
     * @throws IllegalStateException     if appending has started
     */
    public long replay(long afterPosition, JournalReader reader) {
        return replay(afterPosition, false, reader);
    }

    /**
     * Replays, in order, the record at {@code position} and every record after it. Call it before the
     * first append.
     *
     * @param position the position of a record the journal holds
     * @return the position of the last record replayed
     * @throws JournalCorruptedException as {@link #replay}
     * @throws IllegalArgumentException  if the journal does not hold {@code position}
     * @throws IllegalStateException     if appending has started
     */
    public long replayFrom(long position, JournalReader reader) {
        return replay(position, true, reader);
    }

    private long replay(long start, boolean inclusive, JournalReader reader) {
        if (appender != null) {
            throw new IllegalStateException("replay happens before appending starts");
        }
        RollCycle rollCycle = settings.rollCycle();
        long last = inclusive ? CommandJournal.BEFORE_FIRST : start;
        boolean first = true;
        try (ExcerptTailer tailer = queue.createTailer()) {
            skipTo(tailer, start, inclusive);
            while (true) {
                try (DocumentContext document = tailer.readingDocument()) {
                    if (!document.isPresent()) {
                        if (first && inclusive) {
                            throw new IllegalArgumentException("the journal does not hold position " + start + " to replay from");
                        }
                        return last;
                    }
                    long position = document.index();
                    if (first && inclusive && position != start) {
                        throw new IllegalArgumentException("the journal does not hold position " + start + " to replay from");
                    }
                    first = false;
                    Bytes<?> bytes = document.wire().bytes();
                    RecordDefect defect = frame.decode(bytes);
                    if (defect != RecordDefect.NONE) {
                        throw JournalCorruptedException.damagedRecord(position, rollCycle.toCycle(position),
                                rollCycle.toSequenceNumber(position), defect, tailer.currentFile(),
                                "the journal's tail was checked when it opened");
                    }
                    if (frame.commandLength() > 0) {
                        reader.onCommand(position, frame.buffer(), RecordFrame.HEADER_LENGTH, frame.commandLength());
                        last = position;
                    }
                }
            }
        }
    }

    /**
     * Deletes the journal files (whole Chronicle cycles) that hold only positions before the cycle of
     * {@code position}: a checkpoint covers them. The cycle holding {@code position} stays, and so does
     * the newest file, which is the one being written (Chronicle only ever writes to the newest cycle).
     * Like {@link #append}, call it on the writer thread, or before appending starts.
     *
     * @param position the last position a checkpoint covers
     * @return how many files were deleted
     */
    public int deleteUpTo(long position) {
        int newest = queue.lastCycle();
        if (position < 0 || newest == Integer.MIN_VALUE) {
            return 0;
        }
        int keepFrom = Math.min(settings.rollCycle().toCycle(position), newest);
        return cycleFiles.deleteBefore(queue, keepFrom);
    }

    /**
     * @return the last position taken, by the last command appended (or by a void record of a tail cut
     *         when the journal opened), or {@link #BEFORE_FIRST} if there is none
     */
    public long lastPosition() {
        return lastPosition;
    }

    /** Flushes as the policy says, then closes the files. Closing twice does nothing more. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flusher.close();
        } finally {
            if (appender != null) {
                appender.close();
            }
            queue.close();
            frame.release();
            directoryLock.close();
        }
    }

    /** @return how many flushes reached the disk (for tests of the policy) */
    long flushes() {
        return flusher.flushes();
    }

    private ExcerptAppender appender() {
        if (appender == null) {
            // Created on the writer's thread: Chronicle binds an appender to the thread that first uses it.
            appender = queue.createAppender();
        }
        return appender;
    }

    private boolean isWriterThread() {
        if (writer == null) {
            writer = Thread.currentThread();
        }
        return writer == Thread.currentThread();
    }

    private static void skipTo(ExcerptTailer tailer, long afterPosition, boolean inclusive) {
        if (afterPosition == BEFORE_FIRST && !inclusive) {
            tailer.toStart();
            return;
        }
        if (afterPosition < 0 || !tailer.moveToIndex(afterPosition)) {
            throw new IllegalArgumentException("the journal does not hold position " + afterPosition
                    + " to replay " + (inclusive ? "from" : "after"));
        }
        if (inclusive) {
            return;
        }
        try (DocumentContext covered = tailer.readingDocument()) {
            if (!covered.isPresent() || covered.index() != afterPosition) {
                throw new IllegalArgumentException("the journal does not hold position " + afterPosition
                        + " to replay after");
            }
        }
    }
}
