package io.telesim.engine.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SimulatedClockTest {

    private static final long START = 1_767_225_600_000L; // 2026-01-01T00:00:00Z
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong machine = new AtomicLong(5 * SECOND);

    @Test
    void runsSpeedTimesFasterThanRealTime() {
        SimulatedClock clock = new SimulatedClock(START, 60, machine::get);

        machine.addAndGet(2 * SECOND);

        assertEquals(START + 120_000, clock.now());
        assertEquals(60.0, clock.speed());
    }

    @Test
    void aNewSpeedContinuesFromTheTimeShownAtTheChange() {
        SimulatedClock clock = new SimulatedClock(START, 60, machine::get);
        machine.addAndGet(10 * SECOND);

        clock.changeSpeed(1);
        assertEquals(START + 600_000, clock.now(), "no jump at the change");
        machine.addAndGet(10 * SECOND);
        assertEquals(START + 610_000, clock.now(), "then real time");

        clock.changeSpeed(3600);
        machine.addAndGet(SECOND);
        assertEquals(START + 610_000 + 3_600_000, clock.now());
        assertEquals(3600.0, clock.speed());
    }

    @Test
    void advancingKeepsTheSpeed() {
        SimulatedClock clock = new SimulatedClock(START, 2, machine::get);
        machine.addAndGet(SECOND);

        clock.advance(TimeUnit.DAYS.toMillis(1));
        machine.addAndGet(SECOND);

        assertEquals(START + 4_000 + TimeUnit.DAYS.toMillis(1), clock.now());
    }

    @Test
    void refusesASpeedThatIsNotPositive() {
        SimulatedClock clock = new SimulatedClock(START, 1, machine::get);

        assertThrows(IllegalArgumentException.class, () -> clock.changeSpeed(0));
        assertThrows(IllegalArgumentException.class, () -> clock.changeSpeed(-2));
        assertThrows(IllegalArgumentException.class, () -> clock.changeSpeed(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new SimulatedClock(START, 0));
        assertEquals(1.0, clock.speed(), "a refused change changes nothing");
    }

    @Test
    void readersNeverSeeTimeGoBackWhileAnotherThreadChangesTheSpeed() throws Exception {
        SimulatedClock clock = new SimulatedClock(START, 1);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong backwards = new AtomicLong();
        Thread[] readers = new Thread[2];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = new Thread(() -> {
                long last = Long.MIN_VALUE;
                while (running.get()) {
                    long now = clock.now();
                    if (now < last) {
                        backwards.incrementAndGet();
                    }
                    last = now;
                }
            });
            readers[i].start();
        }
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
        for (int i = 0; System.nanoTime() < end; i++) {
            clock.changeSpeed(i % 2 == 0 ? 100_000 : 0.001);
        }
        running.set(false);
        for (Thread reader : readers) {
            reader.join();
        }

        assertEquals(0, backwards.get());
        assertTrue(clock.now() > START);
    }
}
