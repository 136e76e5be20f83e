package io.telesim.engine.statement;

import static io.telesim.engine.statement.RecordLayout.NONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class NumberChainTest {

    private static final int MARCH = MonthWindow.index(Records.at("2026-03-15T00:00:00Z"));

    private final UnsafeBuffer head = new UnsafeBuffer(new byte[NumberChain.HEAD_LENGTH]);
    private final NumberChain chain = new NumberChain();
    private long nextPosition = 100;

    @Test
    void shouldStartAChainWithNoLinks() {
        NumberChain.clear(head);

        chain.linkAfter(head, 10, MARCH);

        assertEquals(NONE, chain.previous());
        assertEquals(NONE, chain.previousMonth());
        assertEquals(MARCH, chain.chainMonth());
        assertFalse(chain.irregular());
    }

    @Test
    void shouldLinkToTheMonthBeforeFromEveryRecordOfAMonth() {
        NumberChain.clear(head);
        long february = append(5, MARCH - 1);
        long march1 = append(10, MARCH);

        chain.linkAfter(head, 20, MARCH);

        assertEquals(march1, chain.previous());
        assertEquals(february, chain.previousMonth());
        assertEquals(MARCH, chain.chainMonth());
        assertFalse(chain.irregular());
    }

    @Test
    void shouldMarkTheRestOfAMonthIrregularWhenTheClockStepsBack() {
        NumberChain.clear(head);
        append(10, MARCH);
        append(20, MARCH);

        append(15, MARCH);
        assertTrue(chain.irregular(), "earlier than the record before it");
        append(30, MARCH);
        assertTrue(chain.irregular(), "later records of the month stay irregular");

        long april = append(40, MARCH + 1);
        assertFalse(chain.irregular(), "a new month starts regular");
        assertEquals(MARCH + 1, chain.chainMonth());
        assertEquals(april, NumberChain.newest(head));
    }

    @Test
    void shouldKeepARecordOfAnEarlierMonthInTheNewerChainMonth() {
        NumberChain.clear(head);
        long february = append(5, MARCH - 1);
        append(10, MARCH);

        chain.linkAfter(head, 1, MARCH - 2);

        assertEquals(MARCH, chain.chainMonth(), "chain months never go back");
        assertEquals(february, chain.previousMonth());
        assertTrue(chain.irregular());
    }

    private long append(long time, int month) {
        chain.linkAfter(head, time, month);
        long position = nextPosition++;
        chain.advance(head, position, time);
        return position;
    }
}
