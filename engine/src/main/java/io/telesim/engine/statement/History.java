package io.telesim.engine.statement;

import static io.telesim.engine.statement.RecordLayout.NONE;

import io.telesim.billing.result.MovementKind;
import net.openhft.chronicle.bytes.RandomDataInput;

/**
 * A number's whole statement across number replacements: its own records from its newest back to the
 * record where it took over a replaced number ({@link MovementKind#NUMBER_REPLACED_FROM}, whose party is
 * the old number), then the old number's records from before the replacement, and so on back. Each number
 * is a segment of the walk: its records at or below a bound (the replacement that ended its turn) and at
 * or above a floor (the replacement that began it); records of other people who had the same number
 * before or after are outside the segment.
 *
 * <p>The links come from the heads ({@link StatementHeads#link}), which keep each number's newest
 * replacement: a number that was the new number of two replacements in different lives is followed
 * through its newest one only.
 */
final class History {

    /** The kind code of the record that links a new number to the one it replaced. */
    static final int LINK_KIND = StatementKind.of(MovementKind.NUMBER_REPLACED_FROM);
    private static final int REPLACED_KIND = StatementKind.of(MovementKind.NUMBER_REPLACED_TO);
    private static final int TERMINATED_KIND = StatementKind.of(MovementKind.TERMINATION);
    /** Replacements followed back at most: a guard against a damaged log linking in a circle. */
    private static final int MAX_SEGMENTS = 32;

    private final LogReader reader;
    private final StatementHeads heads;
    private final long from;
    private final long to;
    private final KindFilter filter;
    /** The number of the segment being walked, its records below {@code bound} and from {@code floor}. */
    private long number;
    private long bound;
    private long start;
    private long floor;
    private int segments;
    private StatementWalk walk;

    private History(LogReader reader, StatementHeads heads, long from, long to, KindFilter filter) {
        this.reader = reader;
        this.heads = heads;
        this.from = from;
        this.to = to;
        this.filter = filter;
    }

    /** The statement of {@code msisdn} from its newest record. */
    static History ofNewest(LogReader reader, StatementHeads heads, long msisdn, long from, long to, KindFilter filter) {
        History history = new History(reader, heads, from, to, filter);
        history.walk = history.walkFrom(history.enter(msisdn, Long.MAX_VALUE));
        return history;
    }

    /**
     * The statement of {@code msisdn} from {@code cursor}, a position in its own records or in those of a number
     * it replaced.
     *
     * @throws IllegalArgumentException when the cursor is in neither
     */
    static History ofCursor(LogReader reader, StatementHeads heads, long msisdn, long from, long to, KindFilter filter, long cursor) {
        if (!reader.readAt(cursor)) {
            throw notInStatement(msisdn, cursor);
        }
        long owner = RecordLayout.msisdn(reader.record());
        History history = new History(reader, heads, from, to, filter);
        history.enter(msisdn, Long.MAX_VALUE);
        while (history.number != owner || cursor >= history.bound || cursor < history.floor) {
            if (!history.enterPredecessor()) {
                throw notInStatement(msisdn, cursor);
            }
        }
        history.walk = history.walkFrom(cursor);
        return history;
    }

    /** True for the kinds of record {@link #noteLinks} notes. */
    static boolean movesLinks(int kindCode) {
        return kindCode == LINK_KIND || kindCode == REPLACED_KIND || kindCode == TERMINATED_KIND;
    }

    /** Keeps the heads' links current with a record just appended (or replayed into the heads); writer only. */
    static void noteLinks(StatementHeads heads, long msisdn, int kindCode, long position) {
        if (kindCode == LINK_KIND) {
            heads.link(msisdn, position);
        } else if (kindCode == REPLACED_KIND || kindCode == TERMINATED_KIND) {
            heads.left(msisdn, position);
        }
    }

    /** Moves to the next matching record, which {@link LogReader#record()} then holds; false at the end. */
    boolean next() {
        while (true) {
            if (walk.next()) {
                return true;
            }
            if (!enterPredecessor()) {
                return false;
            }
            walk = walkFrom(start);
        }
    }

    /** The position of the record {@link #next()} stopped at. */
    long position() {
        return walk.position();
    }

    /**
     * Makes {@code msisdn}'s records below {@code bound} the segment and returns its newest. The floor is the
     * replacement the number took over with, or else just above the end of an earlier account of the number
     * (the record ending this segment's own account, a replacement or a termination, is its newest and stays in).
     */
    private long enter(long msisdn, long bound) {
        number = msisdn;
        this.bound = bound;
        start = newestBelow(msisdn, bound);
        long link = heads.link(msisdn);
        long left = heads.left(msisdn);
        floor = link != NONE && link < bound ? link : NONE;
        if (left != NONE && left < start && left >= floor) {
            floor = left + 1;
        }
        segments++;
        return start;
    }

    /** Moves to the number the current segment's number replaced; false when there is none to follow. */
    private boolean enterPredecessor() {
        if (floor == NONE || segments >= MAX_SEGMENTS || !reader.readAt(floor)) {
            return false;
        }
        RandomDataInput link = reader.record();
        if (RecordLayout.msisdn(link) != number || RecordLayout.kindCode(link) != LINK_KIND) {
            return false;
        }
        long replaced = RecordLayout.party(link);
        if (replaced <= 0 || replaced == number) {
            return false;
        }
        enter(replaced, floor);
        return true;
    }

    private StatementWalk walkFrom(long start) {
        return new StatementWalk(reader, number, from, to, filter, start, floor);
    }

    /** The newest record of {@code msisdn} below {@code bound}, following its chain back past later owners' records. */
    private long newestBelow(long msisdn, long bound) {
        long position = heads.newest(msisdn);
        while (position != NONE && position >= bound && reader.readAt(position)) {
            position = RecordLayout.previous(reader.record());
        }
        return position;
    }

    private static IllegalArgumentException notInStatement(long msisdn, long cursor) {
        return new IllegalArgumentException("cursor " + cursor + " is not a position in the statement of " + msisdn);
    }
}
