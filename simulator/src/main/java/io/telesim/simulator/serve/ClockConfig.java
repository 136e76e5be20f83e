package io.telesim.simulator.serve;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import io.telesim.engine.clock.EngineClock;
import io.telesim.engine.clock.SimulatedClock;
import io.telesim.engine.clock.SystemClock;

/**
 * Which time the operator runs on: real time, or simulated time starting at {@code start} (null: when the
 * operator starts) and running {@code speed} times faster than real time (changeable while it runs).
 */
public record ClockConfig(boolean simulated, Instant start, double speed) {

    public static final ClockConfig REAL = new ClockConfig(false, null, 1);

    public ClockConfig {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("the clock speed must be a positive number, got " + speed);
        }
    }

    /** An instant with its offset, such as {@code 2026-03-01T09:00:00+03:00} or {@code 2026-03-01T06:00:00Z}. */
    public static Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an instant like 2026-03-01T09:00:00+03:00");
        }
    }

    /** A positive factor such as {@code 60} or {@code 0.5}. */
    public static double parseSpeed(String text) {
        double speed;
        try {
            speed = new BigDecimal(text).doubleValue();
        } catch (NumberFormatException e) {
            speed = Double.NaN;
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("'" + text + "' is not a speed: a positive number like 60 or 0.5");
        }
        return speed;
    }

    /** A new clock as configured: a {@link SimulatedClock} for simulated time. */
    public EngineClock newClock() {
        if (!simulated) {
            return new SystemClock();
        }
        return new SimulatedClock(start == null ? System.currentTimeMillis() : start.toEpochMilli(), speed);
    }
}
