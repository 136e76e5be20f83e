package io.telesim.engine.statement;

import static io.telesim.engine.statement.RecordLayout.NONE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.engine.files.AppendPoint;

/**
 * The statement store (F7): every rated usage and money movement of every number, durable, queried by
 * number and period newest first, paged, and exported as CSV. Payment history (F3) is
 * {@link KindFilter#credits()} on the same query.
 *
 * <p><b>Single writer.</b> {@link #append}, {@link #appendToChunk}, {@link #commit()}, {@link #endOfBatch()},
 * {@link #rebuildHeads()} and {@link #close()} are called by one thread, the engine's output stage; the appends
 * allocate nothing once a number has been seen. {@link #query} and {@link #exportCsv} may run on any thread at
 * the same time and see every record whose {@code append}, or whose chunk's {@code commit}, has returned.
 *
 * <p><b>Chunks.</b> The engine appends a group of commands' records to one chunk (one document of the log,
 * {@link ChunkLayout}) and commits it before it replies to those commands: Chronicle's cost per document is
 * paid once per chunk.
 *
 * <p><b>Durability</b> is the journal's: a record is in the page cache when its chunk is committed, so
 * it survives the process; with {@link StatementStoreConfig#syncEachBatch()} {@link #endOfBatch()} also
 * forces it to the disk. After a crash, opening the store repairs the heads from the log, and appends the
 * engine replays from its journal are recognised and not stored twice (see {@link #appendToChunk}).
 */
public final class StatementStore implements AutoCloseable {

    /** What {@link #append} returns for a record the store already held before the restart. */
    public static final long ALREADY_STORED = -2L;
    /** No record: {@link #lastPosition()} and {@link #lastJournalPosition()} of an empty store. */
    public static final long NO_RECORD = NONE;

    private static final Logger LOG = LoggerFactory.getLogger(StatementStore.class);

    private final StatementStoreConfig config;
    private final StatementLog log;
    private final StatementHeads heads;
    private final ShutdownMarker marker;
    private final ReplayGuard replayGuard;
    private final NumberChain chain = new NumberChain();
    private final MonthWindow months = new MonthWindow();
    private final PendingHeads pending = new PendingHeads();
    private long lastPosition;
    private long lastJournalPosition;
    private Thread writer;
    private boolean closed;

    private StatementStore(StatementStoreConfig config, StatementLog log, StatementHeads heads, ShutdownMarker marker,
                           ShutdownMarker.LastStop lastStop) {
        this.config = config;
        this.log = log;
        this.heads = heads;
        this.marker = marker;
        this.lastPosition = log.lastPosition();
        try (LogReader reader = log.reader()) {
            repairHeads(lastStop, reader);
            this.replayGuard = ReplayGuard.ofTail(reader);
        }
        // only now does the marker say "this boot": a crash during a rebuild after a machine restart rebuilds again
        marker.markOpen();
        this.lastJournalPosition = replayGuard.lastJournalPosition();
    }

    /** Opens the store in {@code config.directory()}, creating it if needed, and repairs it after a crash. */
    public static StatementStore open(StatementStoreConfig config) throws IOException {
        Path directory = Files.createDirectories(config.directory());
        ShutdownMarker marker = new ShutdownMarker(directory.resolve("open.marker"));
        ShutdownMarker.LastStop lastStop = marker.lastStop();
        StatementLog log = StatementLog.open(directory.resolve("log").toFile(), config.blockSize());
        StatementHeads heads = null;
        try {
            if (lastStop == ShutdownMarker.LastStop.CLEAN) {
                // marked before the heads open, so that a crash while creating them counts as unclean
                marker.markOpen();
            }
            Files.createDirectories(config.headsFile().getParent());
            heads = openHeads(config.headsFile(), config.expectedNumbers(), lastStop);
            return new StatementStore(config, log, heads, marker, lastStop);
        } catch (IOException | RuntimeException e) {
            if (heads != null) {
                heads.close();
            }
            log.close();
            throw e;
        }
    }

    /**
     * Appends a record, links it into its number's chain and commits it: readers see it when this returns.
     * Single writer; see {@link #appendToChunk} for the rest of the contract.
     *
     * @return the record's position, or {@link #ALREADY_STORED}
     * @throws IllegalArgumentException when the number is not positive or the time is before 1970
     */
    public long append(StatementRecord record) {
        long position = appendToChunk(record);
        commit();
        return position;
    }

    /**
     * Appends a record to the open chunk and links it into its number's chain; single writer. Readers see the
     * record once the chunk is committed ({@link #commit()}, {@link #endOfBatch()}, or by itself when the chunk
     * is full or the record changes a number-replacement link); a crash before that loses the chunk, which the
     * engine's journal replays. Records of one command are appended together and in journal order. Right after
     * a restart, a record whose command the log already holds (an earlier journal position than the log's
     * newest, or one of the records the log holds of that newest command) is not stored again.
     *
     * @return the record's position, or {@link #ALREADY_STORED}
     * @throws IllegalArgumentException when the number is not positive or the time is before 1970
     */
    public long appendToChunk(StatementRecord record) {
        assert calledByWriter() : "the statement store has a single writer";
        if (replayGuard.isStored(record.journalPosition())) {
            return ALREADY_STORED;
        }
        long time = record.timeMillis();
        long msisdn = record.msisdn();
        if (msisdn <= 0 || !MonthWindow.isStorable(time)) {
            throw new IllegalArgumentException("a statement record needs a positive number and a time from 1970: " + record);
        }
        UnsafeBuffer head = pending.copyOf(msisdn, heads.head(msisdn));
        chain.linkAfter(head, time, months.monthOf(time));
        long position = log.append(record, chain);
        chain.advance(head, position, time);
        lastPosition = position;
        lastJournalPosition = record.journalPosition();
        int kindCode = record.kindCode();
        if (History.movesLinks(kindCode)) {
            // a reader may follow a link at once: it must point into a committed chunk
            commit();
            History.noteLinks(heads, msisdn, kindCode, position);
        } else if (log.full()) {
            commit();
        }
        return position;
    }

    /** Commits the open chunk: readers see every record appended so far. Writer only. */
    public void commit() {
        assert calledByWriter() : "the statement store has a single writer";
        log.commit();
        pending.publish();
    }

    /** Where the chain head of {@code msisdn} lies, negative when it has none yet; for reading ahead. Writer only. */
    public long locateHead(long msisdn) {
        return heads.locate(msisdn);
    }

    /** Reads the chain head at a location {@link #locateHead} returned; returns a value to keep. Writer only. */
    public long touchHead(long location) {
        return heads.touch(location);
    }

    /**
     * Ends a batch of appends: commits the open chunk, notes that every head is current up to the last record, so a restart
     * replays only what came after, and forces the log to the disk if so configured.
     */
    public void endOfBatch() {
        commit();
        if (config.syncEachBatch()) {
            log.sync();
        }
        heads.covered(lastPosition);
    }

    /**
     * A page of the number's records in {@code [fromMillis, toMillis)}, newest first. A number that replaced
     * another (a number replacement) has the old number's records from before the replacement as well.
     */
    public Page query(long msisdn, long fromMillis, long toMillis, int pageSize, long cursor) {
        return query(msisdn, fromMillis, toMillis, KindFilter.ALL, pageSize, cursor);
    }

    /**
     * A page of the number's records in {@code [fromMillis, toMillis)} of the kinds {@code filter}
     * matches, newest first.
     *
     * @param cursor {@link Page#FIRST}, or the {@link Page#nextCursor()} of the previous page of the same query
     * @throws IllegalArgumentException for a page size below 1 or a cursor that is not one of this number's (or of a
     *                                  number it replaced)
     */
    public Page query(long msisdn, long fromMillis, long toMillis, KindFilter filter, int pageSize, long cursor) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one record: " + pageSize);
        }
        if (cursor == Page.END) {
            return new Page(List.of(), Page.END);
        }
        try (LogReader reader = log.reader()) {
            History walk = cursor == Page.FIRST ? History.ofNewest(reader, heads, msisdn, fromMillis, toMillis, filter)
                    : History.ofCursor(reader, heads, msisdn, fromMillis, toMillis, filter, cursor);
            List<StatementRecord> records = new ArrayList<>(Math.min(pageSize, 64));
            while (records.size() < pageSize && walk.next()) {
                records.add(RecordLayout.read(reader.record(), walk.position(), new StatementRecord()));
            }
            return new Page(records, walk.next() ? walk.position() : Page.END);
        }
    }

    /**
     * Writes the number's records in {@code [fromMillis, toMillis)} as CSV, newest first: a header line,
     * then a line per record with times in {@code zone}.
     */
    public void exportCsv(long msisdn, long fromMillis, long toMillis, ZoneId zone, Appendable out) throws IOException {
        StatementCsv csv = new StatementCsv(zone);
        csv.writeHeader(out);
        StatementRecord record = new StatementRecord();
        try (LogReader reader = log.reader()) {
            History walk = History.ofNewest(reader, heads, msisdn, fromMillis, toMillis, KindFilter.ALL);
            while (walk.next()) {
                csv.writeLine(RecordLayout.read(reader.record(), walk.position(), record), out);
            }
        }
    }

    /** The newest record's position, or {@link #NO_RECORD}; as the writer sees it. */
    public long lastPosition() {
        return lastPosition;
    }

    /**
     * The journal position of the command that produced the newest record, or {@link #NO_RECORD}, as the
     * writer sees it: after a restart, the engine's statement output starts from this command ({@link #append}
     * passes over the records of it the log already holds).
     */
    public long lastJournalPosition() {
        return lastJournalPosition;
    }

    /** Where the log's next record goes, for reading its pages ahead. */
    public AppendPoint appendPoint() {
        return log.appendPoint();
    }

    /** How many numbers have records, counting each number-replacement link as one more. */
    public long numbers() {
        return heads.numbers();
    }

    /**
     * Rebuilds every number's head from the whole log: for a heads file that may be ahead of the log,
     * as after a power loss (opening the store does this by itself when it sees the machine restarted).
     *
     * @return how many records were read
     */
    public long rebuildHeads() {
        assert calledByWriter() : "the statement store has a single writer";
        commit();
        try (LogReader reader = log.reader()) {
            heads.clear();
            return catchUpHeads(NONE, reader);
        }
    }

    /**
     * Lets another thread become the single writer (the engine replays on the thread that opens it, then
     * its output stage writes): call on the current writer thread; the next thread to append is the writer.
     * The hand-over itself must be ordered by the caller (e.g. by starting the new thread afterwards).
     */
    public void releaseWriter() {
        commit();
        log.releaseWriter();
        writer = null;
    }

    /** Closes the files; writer only, after the readers are done. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        log.commit();
        pending.publish();
        heads.covered(lastPosition);
        log.close();
        heads.close();
        marker.markClosed();
    }

    StatementLog log() {
        return log;
    }

    private void repairHeads(ShutdownMarker.LastStop lastStop, LogReader reader) {
        long covered = heads.covered();
        boolean headsMayBeAhead = lastStop == ShutdownMarker.LastStop.MACHINE_RESTARTED || covered > lastPosition;
        if (headsMayBeAhead) {
            heads.clear();
            covered = NONE;
        }
        long moved = catchUpHeads(covered, reader);
        if (headsMayBeAhead || moved > 0) {
            LOG.warn("statement heads in {} {} from the log after {}: {} heads moved", config.directory(),
                    headsMayBeAhead ? "rebuilt" : "brought up to date", lastStop, moved);
        }
    }

    /** Replays the log after {@code covered} into the heads; returns how many heads moved. */
    private long catchUpHeads(long covered, LogReader reader) {
        long moved = new HeadsRepair().replayAfter(covered, reader, heads);
        heads.covered(lastPosition);
        return moved;
    }

    private static StatementHeads openHeads(Path file, long expectedNumbers, ShutdownMarker.LastStop lastStop) throws IOException {
        try {
            return StatementHeads.open(file.toFile(), expectedNumbers, lastStop != ShutdownMarker.LastStop.CLEAN);
        } catch (IOException | RuntimeException e) {
            // the heads are a cache of the log: a file that cannot be opened is rebuilt, not fatal
            LOG.warn("statement heads file {} cannot be opened ({}); rebuilding it from the log", file, e.toString());
            Files.deleteIfExists(file);
            return StatementHeads.open(file.toFile(), expectedNumbers, false);
        }
    }

    private boolean calledByWriter() {
        Thread current = Thread.currentThread();
        if (writer == null) {
            writer = current;
        }
        return writer == current;
    }
}
