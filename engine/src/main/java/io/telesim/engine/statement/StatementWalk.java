package io.telesim.engine.statement;

import static io.telesim.engine.statement.RecordLayout.NONE;

import net.openhft.chronicle.bytes.RandomDataInput;

/**
 * Walks one number's chain from a position backwards, stopping at each record in a period that a
 * filter matches: newest first. Jumps over a chain month that lies after the period, or whose
 * remaining records lie before it, and stops once the chain is in months before the period (see
 * {@link NumberChain} for why each jump is safe).
 */
final class StatementWalk {

    private final LogReader reader;
    private final long msisdn;
    private final long from;
    private final long to;
    private final int fromMonth;
    private final int toMonth;
    private final KindFilter filter;
    private final long floor;
    private long next;
    private long position = NONE;

    /**
     * @param start the newest record to consider, or {@link RecordLayout#NONE} for none
     * @param from  the first instant of the period (inclusive)
     * @param to    the end of the period (exclusive)
     */
    StatementWalk(LogReader reader, long msisdn, long from, long to, KindFilter filter, long start) {
        this(reader, msisdn, from, to, filter, start, NONE);
    }

    /**
     * A walk that ends below {@code floor}: the oldest position of the number's records it may return (where
     * the number took over another's history), or {@link RecordLayout#NONE} for the whole chain.
     */
    StatementWalk(LogReader reader, long msisdn, long from, long to, KindFilter filter, long start, long floor) {
        this.reader = reader;
        this.floor = floor;
        this.msisdn = msisdn;
        this.from = Math.max(from, 0);
        this.to = Math.min(to, MonthWindow.END_OF_TIME);
        this.filter = filter;
        boolean empty = this.from >= this.to;
        this.fromMonth = empty ? 0 : MonthWindow.index(this.from);
        this.toMonth = empty ? 0 : MonthWindow.index(this.to - 1);
        this.next = empty ? NONE : start;
    }

    /** Moves to the next matching record, which {@link LogReader#record()} then holds; false at the end. */
    boolean next() {
        while (next != NONE) {
            long at = next;
            if (at < floor) {
                next = NONE;
                return false;
            }
            RandomDataInput record = read(at);
            int chainMonth = RecordLayout.chainMonth(record);
            if (chainMonth < fromMonth) {
                next = NONE;
                return false;
            }
            long time = RecordLayout.time(record);
            if (!RecordLayout.irregular(record) && (chainMonth > toMonth || time < from)) {
                next = RecordLayout.previousMonth(record);
                continue;
            }
            next = RecordLayout.previous(record);
            if (time >= from && time < to && filter.matches(RecordLayout.kindCode(record))) {
                position = at;
                return true;
            }
        }
        return false;
    }

    /** The position of the record {@link #next()} stopped at. */
    long position() {
        return position;
    }

    private RandomDataInput read(long at) {
        if (!reader.readAt(at) || RecordLayout.msisdn(reader.record()) != msisdn) {
            throw new IllegalStateException("the statement log has no record of " + msisdn + " at " + at
                    + " where the number's chain points: the heads file does not match the log; rebuild the heads");
        }
        return reader.record();
    }
}
