package io.telesim.engine.statement;

import net.openhft.chronicle.bytes.RandomDataInput;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Brings the heads up to date with the log. A head is a function of its number's newest record alone
 * (the record carries every link the head remembers), so replaying records in log order sets each
 * head right, and a record whose head is already at it or later is passed over: replaying twice is
 * harmless.
 */
final class HeadsRepair {

    private final NumberChain chain = new NumberChain();

    /**
     * Replays every record after {@code covered} ({@link RecordLayout#NONE}: the whole log) into the heads.
     *
     * @return how many heads moved
     */
    long replayAfter(long covered, LogReader reader, StatementHeads heads) {
        long moved = 0;
        reader.startAfter(covered);
        while (reader.readNext()) {
            RandomDataInput record = reader.record();
            long position = reader.position();
            History.noteLinks(heads, RecordLayout.msisdn(record), RecordLayout.kindCode(record), position);
            UnsafeBuffer head = heads.head(RecordLayout.msisdn(record));
            if (NumberChain.newest(head) >= position) {
                continue;
            }
            chain.linksOf(RecordLayout.previous(record), RecordLayout.previousMonth(record),
                    RecordLayout.chainMonth(record), RecordLayout.irregular(record));
            chain.advance(head, position, RecordLayout.time(record));
            moved++;
        }
        return moved;
    }
}
