package io.telesim.billing.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rounding tables of the product: what a call or data session of some length is charged as. */
class RoundingTest {

    @ParameterizedTest(name = "{0}/{1}: {2} s cost {3} s")
    @CsvSource({
        // per minute: every started minute is a whole minute
        "60, 60,   0,   0",
        "60, 60,   1,  60",
        "60, 60,  59,  60",
        "60, 60,  60,  60",
        "60, 60,  61, 120",
        "60, 60, 120, 120",
        "60, 60, 121, 180",
        // 60/1: the first minute whole, then per second
        "60,  1,   1,  60",
        "60,  1,  60,  60",
        "60,  1,  61,  61",
        "60,  1,  95,  95",
        // per second
        " 1,  1,   1,   1",
        " 1,  1,  61,  61",
        // 30/6
        "30,  6,  31,  36",
        "30,  6,  36,  36",
        "30,  6,  37,  42"
    })
    void shouldChargeCallSecondsRoundedUpByTheTariffsIntervals(long first, long increment, long seconds, long charged) {
        assertEquals(charged, new Rounding(first, increment).charged(seconds));
    }

    @ParameterizedTest(name = "{0} bytes cost {1} bytes")
    @CsvSource({
        "0, 0",
        "1, 102400",
        "102400, 102400",
        "102401, 204800",
        "1048576, 1126400"
    })
    void shouldRoundDataUpToWhole100KilobyteBlocks(long bytes, long charged) {
        assertEquals(charged, Rounding.every(102_400).charged(bytes));
    }

    @ParameterizedTest(name = "{0}/{1}: {2} chargeable s allow {3} s")
    @CsvSource({
        "60, 60,  59,   0",
        "60, 60,  60,  60",
        "60, 60, 119,  60",
        "60, 60, 120, 120",
        "60,  1,  59,   0",
        "60,  1,  61,  61",
        " 1,  1,  45,  45"
    })
    void shouldFindTheLongestUsageThatFitsInWhatCanBePaid(long first, long increment, long chargeable, long longest) {
        assertEquals(longest, new Rounding(first, increment).longestWithin(chargeable));
    }

    @Test
    void shouldRefuseIntervalsBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new Rounding(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Rounding(60, 0));
    }

    @Test
    void shouldReadAsFirstSlashIncrement() {
        assertEquals("60/1", new Rounding(60, 1).toString());
    }
}
