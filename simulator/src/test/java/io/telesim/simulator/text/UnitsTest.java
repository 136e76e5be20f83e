package io.telesim.simulator.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void shouldShowCallLengthsAsAClockDoes() {
        assertEquals("0:45", Units.duration(45));
        assertEquals("2:05", Units.duration(125));
        assertEquals("1:02:05", Units.duration(3725));
    }

    @Test
    void shouldShowBundleMinutesWithLeftoverSeconds() {
        assertEquals("500 min", Units.minutes(30_000));
        assertEquals("497 min 30 s", Units.minutes(29_850));
    }

    @Test
    void shouldShowMegabytesRoundedDown() {
        assertEquals("1.07 MB", Units.megabytes(1_126_400));
        assertEquals("0.00 MB", Units.megabytes(1_000));
    }
}
