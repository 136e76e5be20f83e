package io.telesim.engine.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import net.openhft.chronicle.bytes.Bytes;
import org.junit.jupiter.api.Test;

class RecordLayoutTest {

    @Test
    void shouldReadBackEveryFieldAndTheChainLinks() {
        StatementRecord record = new StatementRecord().msisdn(79_991_234_567L).timeMillis(Long.MAX_VALUE / 3)
                .usage(UsageKind.DATA).party(PartyNumber.parse("0611")).destination(DestinationClass.FREE_SHORT)
                .units(5_000_000_000L, 5_242_880_000L, 1L << 40).money(-123_456_789L).balanceAfter(-42)
                .item(Integer.MAX_VALUE).eventId(-7).journalPosition(Long.MAX_VALUE);
        NumberChain links = linked(1L << 40, 3L << 33, MonthWindow.MAX_MONTH, true);

        Bytes<?> copy = Bytes.allocateElasticOnHeap(RecordLayout.LENGTH);
        RecordLayout.write(record, links, copy, 0);
        copy.writeSkip(RecordLayout.LENGTH);

        StatementRecord read = RecordLayout.read(copy, 99, new StatementRecord());
        assertEquals(record, read);
        assertEquals(99, read.position());
        assertEquals(1L << 40, RecordLayout.previous(copy));
        assertEquals(3L << 33, RecordLayout.previousMonth(copy));
        assertEquals(MonthWindow.MAX_MONTH, RecordLayout.chainMonth(copy));
        assertTrue(RecordLayout.irregular(copy));
        assertEquals(StatementKind.of(UsageKind.DATA), RecordLayout.kindCode(copy));
    }

    @Test
    void shouldKeepEveryKindApartFromTheIrregularFlag() {
        for (MovementKind kind : MovementKind.values()) {
            StatementRecord record = new StatementRecord().msisdn(1).movement(kind);
            Bytes<?> written = Bytes.allocateElasticOnHeap(RecordLayout.LENGTH);
            RecordLayout.write(record, linked(RecordLayout.NONE, RecordLayout.NONE, 0, false), written, 0);
            written.writeSkip(RecordLayout.LENGTH);

            assertEquals(kind, StatementKind.movementKind(RecordLayout.kindCode(written)));
            assertFalse(RecordLayout.irregular(written));
            assertEquals(null, RecordLayout.read(written, 0, new StatementRecord()).destination());
        }
    }

    private static NumberChain linked(long previous, long previousMonth, int chainMonth, boolean irregular) {
        NumberChain chain = new NumberChain();
        chain.linksOf(previous, previousMonth, chainMonth, irregular);
        return chain;
    }
}
