package io.telesim.simulator.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void shouldCountSizesInBinaryUnitsAsOperatorsDo() {
        assertEquals(700, Quantities.parseBytes("700 B"));
        assertEquals(102_400, Quantities.parseBytes("100 KB"));
        assertEquals(1_048_576, Quantities.parseBytes("1 MB"));
        assertEquals(1_610_612_736L, Quantities.parseBytes("1.5 GB"));
        assertEquals(5_368_709_120L, Quantities.parseBytes("5gb"));
    }

    @Test
    void shouldRefuseSizesThatAreNotWholeBytesOrHaveNoKnownUnit() {
        assertEquals("'0.1 KB' is not a whole number of bytes",
                assertThrows(IllegalArgumentException.class, () -> Quantities.parseBytes("0.1 KB")).getMessage());
        assertEquals("'5 TB' is not a size like 500 MB or 15 GB (units B, KB, MB, GB): unknown unit 'TB'",
                assertThrows(IllegalArgumentException.class, () -> Quantities.parseBytes("5 TB")).getMessage());
        assertEquals("'-1 MB' is negative", assertThrows(IllegalArgumentException.class, () -> Quantities.parseBytes("-1 MB")).getMessage());
        assertEquals("'GB' is not a size like 500 MB or 15 GB (units B, KB, MB, GB)",
                assertThrows(IllegalArgumentException.class, () -> Quantities.parseBytes("GB")).getMessage());
    }

    @Test
    void shouldReadDurations() {
        assertEquals(Duration.ofSeconds(90), Quantities.parseDuration("90 s"));
        assertEquals(Duration.ofMinutes(10), Quantities.parseDuration("10 min"));
        assertEquals(Duration.ofHours(2), Quantities.parseDuration("2 h"));
        assertEquals(Duration.ofDays(7), Quantities.parseDuration("7 d"));
        assertEquals("'10 weeks' is not a duration like 90 s, 10 min, 2 h or 7 d: unknown unit 'weeks'",
                assertThrows(IllegalArgumentException.class, () -> Quantities.parseDuration("10 weeks")).getMessage());
    }

    @Test
    void shouldScaleDecimalsExactly() {
        assertEquals(450, Quantities.parseScaled("4.5", 2));
        assertEquals(300, Quantities.parseScaled("3", 2));
        assertEquals("'4.555' has more than 2 digits after the decimal point",
                assertThrows(IllegalArgumentException.class, () -> Quantities.parseScaled("4.555", 2)).getMessage());
    }

    @Test
    void shouldFormatSizesInTheLargestExactUnit() {
        assertEquals("20 GB", Quantities.formatBytes(20L * Quantities.GB));
        assertEquals("1536 MB", Quantities.formatBytes(1536 * Quantities.MB));
        assertEquals("100 KB", Quantities.formatBytes(102_400));
        assertEquals("700 B", Quantities.formatBytes(700));
        assertEquals("1.07 MB", Quantities.formatBytes(1_126_400));
        assertEquals("14533.1", Quantities.megabytes(15_239_080_120L, 1));
    }
}
