package io.telesim.engine.statement;

import static io.telesim.engine.statement.Records.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MonthWindowTest {

    @Test
    void shouldCountUtcMonthsFromJanuary1970() {
        assertEquals(0, MonthWindow.index(0));
        assertEquals(56 * 12 + 1, MonthWindow.index(at("2026-02-28T23:59:59.999Z")));
        assertEquals(56 * 12 + 2, MonthWindow.index(at("2026-03-01T00:00:00Z")));
        assertEquals(at("2026-03-01T00:00:00Z"), MonthWindow.startOf(56 * 12 + 2));
        assertEquals(at("2024-02-01T00:00:00Z"), MonthWindow.startOf(54 * 12 + 1));
    }

    @Test
    void shouldFollowTimesForwardAndBackAcrossMonths() {
        MonthWindow window = new MonthWindow();
        long[] times = {at("2026-03-31T23:59:59.999Z"), at("2026-04-01T00:00:00Z"), at("2026-01-15T00:00:00Z"),
            at("2026-04-30T12:00:00Z"), at("2028-02-29T12:00:00Z")};
        for (long time : times) {
            assertEquals(MonthWindow.index(time), window.monthOf(time));
        }
    }

    @Test
    void shouldStoreTimesFrom1970UntilTheMonthsRunOut() {
        assertTrue(MonthWindow.isStorable(0));
        assertTrue(MonthWindow.isStorable(MonthWindow.END_OF_TIME - 1));
        assertEquals(MonthWindow.MAX_MONTH, MonthWindow.index(MonthWindow.END_OF_TIME - 1));
        assertFalse(MonthWindow.isStorable(-1));
        assertFalse(MonthWindow.isStorable(MonthWindow.END_OF_TIME));
    }
}
