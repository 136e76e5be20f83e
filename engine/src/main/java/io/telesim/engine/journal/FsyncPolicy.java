package io.telesim.engine.journal;

import java.time.Duration;
import java.util.Objects;

/**
 * When the journal forces appended commands from the page cache to the disk.
 *
 * <p>Every policy survives a crash of the process: appended bytes are in the operating system's page
 * cache the moment {@link CommandJournal#append} returns. The policies differ in what survives a
 * crash of the machine (power loss, kernel panic):
 * <ul>
 *   <li>{@link #PER_BATCH}: everything appended before the last {@link CommandJournal#endOfBatch()};
 *   <li>{@link #interval(Duration)}: everything appended before the last flush, and a flush happens
 *       at the first end of batch after {@code period} has passed since the previous one;
 *   <li>{@link #NONE}: whatever the operating system has written back on its own (on Linux, dirty
 *       pages older than about 30 s).
 * </ul>
 */
public final class FsyncPolicy {

    /** How a policy decides to flush. */
    public enum Kind {
        /** Flush at the end of every ring batch that appended something. */
        PER_BATCH,
        /** Flush at the end of a batch once a period has passed since the last flush. */
        INTERVAL,
        /** Never flush; the operating system writes pages back when it chooses. */
        NONE
    }

    /** Flush at the end of every ring batch that appended something. */
    public static final FsyncPolicy PER_BATCH = new FsyncPolicy(Kind.PER_BATCH, 0);

    /** Never flush explicitly. */
    public static final FsyncPolicy NONE = new FsyncPolicy(Kind.NONE, 0);

    private final Kind kind;
    private final long periodNanos;

    private FsyncPolicy(Kind kind, long periodNanos) {
        this.kind = kind;
        this.periodNanos = periodNanos;
    }

    /**
     * Flush at most once per {@code period}, at the end of a batch.
     *
     * @param period the least time between two flushes; positive
     * @return the policy
     */
    public static FsyncPolicy interval(Duration period) {
        Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the fsync interval must be positive, was " + period);
        }
        return new FsyncPolicy(Kind.INTERVAL, period.toNanos());
    }

    /** @return how this policy decides */
    public Kind kind() {
        return kind;
    }

    /** @return the least time between two flushes of an {@link Kind#INTERVAL} policy, 0 for the others */
    public long periodNanos() {
        return periodNanos;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FsyncPolicy that && kind == that.kind && periodNanos == that.periodNanos;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Long.hashCode(periodNanos);
    }

    @Override
    public String toString() {
        return kind == Kind.INTERVAL ? "INTERVAL(" + Duration.ofNanos(periodNanos) + ")" : kind.name();
    }
}
