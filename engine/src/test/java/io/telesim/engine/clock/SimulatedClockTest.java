package io.telesim.engine.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimulatedClockTest {

    private static final long START = 1_780_000_000_000L;

    @Test
    void aSpeedChangeRunsOnFromTheTimeShownWithoutAJump() throws InterruptedException {
        SimulatedClock clock = new SimulatedClock(START, 1.0);
        long before = clock.now();
        long realStart = System.nanoTime();
        clock.speed(1_000);
        Thread.sleep(20);
        long after = clock.now();
        long realMillis = (System.nanoTime() - realStart) / 1_000_000 + 1;

        assertEquals(1_000.0, clock.speed());
        assertTrue(after - before >= 19_000, "20 ms at 1000x is about 20 s: " + (after - before));
        assertTrue(after - before <= (realMillis + 1) * 1_000, "no jump at the change: " + (after - before));
    }

    @Test
    void slowingDownNeverMovesTheClockBack() {
        SimulatedClock clock = new SimulatedClock(START, 100_000);
        long shown = clock.now();
        clock.speed(0.5);
        assertTrue(clock.now() >= shown);
    }

    @Test
    void advanceAddsToTheTimeAtAnySpeed() {
        SimulatedClock clock = new SimulatedClock(START, 1.0);
        clock.speed(2.0);
        long before = clock.now();
        clock.advance(86_400_000L);
        assertTrue(clock.now() - before >= 86_400_000L);
        assertTrue(clock.now() - before < 86_400_000L + 10_000, "and nothing more than the real time since");
    }

    @Test
    void aSpeedMustBePositiveAndFinite() {
        SimulatedClock clock = new SimulatedClock(START, 1.0);
        assertThrows(IllegalArgumentException.class, () -> clock.speed(0));
        assertThrows(IllegalArgumentException.class, () -> clock.speed(-1));
        assertThrows(IllegalArgumentException.class, () -> clock.speed(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> clock.speed(Double.POSITIVE_INFINITY));
        assertEquals(1.0, clock.speed());
    }
}
