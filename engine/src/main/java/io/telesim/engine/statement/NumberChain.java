package io.telesim.engine.statement;

import static io.telesim.engine.statement.RecordLayout.NONE;

import org.agrona.concurrent.AtomicBuffer;

/**
 * How one number's records link into a chain, newest first, and what the number's head (its value in
 * the heads map) remembers so the next record can link without reading the log.
 *
 * <p>Records fall into <em>chain months</em>: a record's chain month is the later of its own month and
 * the chain month of the record before it, so chain months never decrease along the chain. Each record
 * links to the previous record and to the newest record of an earlier chain month, which lets a query
 * jump over a whole month. While a chain month holds its records in time order and all within that
 * month (the normal case: one writer, one clock), the query may jump; a record out of order (a clock
 * that stepped back) marks the rest of its chain month irregular and the query then reads each record
 * of that month, so every answer stays exact.
 *
 * <p>An instance holds the links computed for the record being appended (writer only).
 *
 * <pre>
 * head value, 32 bytes:
 *   0 position        long  the newest record; written last with a release store, read with an acquire load
 *   8 previous month  long  the newest record's previous-month link
 *  16 time            long  the newest record's time
 *  24 chain month     int
 *  28 flags           int   1 when the newest record is irregular
 * </pre>
 */
final class NumberChain {

    static final int HEAD_LENGTH = 32;

    private static final int POSITION = 0;
    private static final int PREVIOUS_MONTH = 8;
    private static final int TIME = 16;
    private static final int CHAIN_MONTH = 24;
    private static final int FLAGS = 28;

    private long previous;
    private long previousMonth;
    private int chainMonth;
    private boolean irregular;

    /** Makes {@code head} the head of a number with no records yet. */
    static void clear(AtomicBuffer head) {
        head.putLong(PREVIOUS_MONTH, NONE);
        head.putLong(TIME, 0);
        head.putInt(CHAIN_MONTH, 0);
        head.putInt(FLAGS, 0);
        head.putLongRelease(POSITION, NONE);
    }

    /** The newest record's position, safe to call from any thread. */
    static long newest(AtomicBuffer head) {
        return head.getLongAcquire(POSITION);
    }

    /** Computes the links of a record of {@code time} in {@code month} that follows {@code head}. */
    void linkAfter(AtomicBuffer head, long time, int month) {
        previous = head.getLong(POSITION);
        if (previous == NONE) {
            previousMonth = NONE;
            chainMonth = month;
            irregular = false;
            return;
        }
        int headMonth = head.getInt(CHAIN_MONTH);
        if (month > headMonth) {
            previousMonth = previous;
            chainMonth = month;
            irregular = false;
        } else {
            previousMonth = head.getLong(PREVIOUS_MONTH);
            chainMonth = headMonth;
            irregular = head.getInt(FLAGS) != 0 || month < headMonth || time < head.getLong(TIME);
        }
    }

    /** Takes the links a record already in the log was written with; used to repair heads. */
    void linksOf(long previous, long previousMonth, int chainMonth, boolean irregular) {
        this.previous = previous;
        this.previousMonth = previousMonth;
        this.chainMonth = chainMonth;
        this.irregular = irregular;
    }

    /**
     * Makes the record at {@code position}, linked by this instance, the head. The position is stored
     * last and with release semantics, so a reader that sees it sees a record that is fully in the log.
     */
    void advance(AtomicBuffer head, long position, long time) {
        head.putLong(PREVIOUS_MONTH, previousMonth);
        head.putLong(TIME, time);
        head.putInt(CHAIN_MONTH, chainMonth);
        head.putInt(FLAGS, irregular ? 1 : 0);
        head.putLongRelease(POSITION, position);
    }

    /**
     * Copies the head {@code from} (a writer-side copy) to {@code to}, the position last with release semantics,
     * as {@link #advance} does.
     */
    static void publish(AtomicBuffer from, AtomicBuffer to) {
        to.putLong(PREVIOUS_MONTH, from.getLong(PREVIOUS_MONTH));
        to.putLong(TIME, from.getLong(TIME));
        to.putInt(CHAIN_MONTH, from.getInt(CHAIN_MONTH));
        to.putInt(FLAGS, from.getInt(FLAGS));
        to.putLongRelease(POSITION, from.getLong(POSITION));
    }

    long previous() {
        return previous;
    }

    long previousMonth() {
        return previousMonth;
    }

    int chainMonth() {
        return chainMonth;
    }

    boolean irregular() {
        return irregular;
    }
}
