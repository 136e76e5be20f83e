package io.telesim.simulator.web.admin;

import java.time.Instant;
import java.time.ZoneOffset;

import io.telesim.engine.clock.EngineClock;
import io.telesim.engine.clock.SimulatedClock;

/**
 * The operator's clock as the admin API shows it.
 *
 * @param now       the operator's time, epoch milliseconds
 * @param nowText   the same in the operator's time zone, ISO-8601
 * @param speed     operator milliseconds per real millisecond
 * @param simulated true when the clock is simulated: it can then be moved forward and its speed changed
 */
public record ClockState(long now, String nowText, double speed, boolean simulated) {

    static ClockState of(EngineClock clock, ZoneOffset zone) {
        long now = clock.now();
        return new ClockState(now, Instant.ofEpochMilli(now).atOffset(zone).toString(), clock.speed(), clock instanceof SimulatedClock);
    }
}
