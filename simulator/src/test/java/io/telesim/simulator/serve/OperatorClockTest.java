package io.telesim.simulator.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.clock.SimulatedClock;

class OperatorClockTest {

    private static final Instant START = Instant.parse("2026-03-01T06:00:00Z");
    private static final long TEN_DAYS = TimeUnit.DAYS.toMillis(10);

    @TempDir
    Path dir;

    @Test
    void aSimulatedClockCarriesOnFromTheTimeTheLastRunReached() throws Exception {
        OperatorConfig config = TestOperators.inMemory().withDataDirectory(dir.resolve("data"))
                .withClock(new ClockConfig(true, START, 1)).withSubscribers(List.of(), 1);
        try (Operator operator = Operator.start(config)) {
            SimulatedClock clock = (SimulatedClock) operator.clock();
            clock.changeSpeed(3_600);
            clock.advance(TEN_DAYS);
            assertEquals(3_600.0, operator.clock().speed());
            assertEquals(Outcome.OK, operator.engine().call(new Command().set(CommandType.TOP_UP, 1, DemoSubscribers.number(1)).amount(5_000))
                    .get(10, TimeUnit.SECONDS).outcome(), "a command the engine stamps with the time");
        }

        try (Operator operator = Operator.start(config)) {
            long now = operator.clock().now();
            assertTrue(now >= START.toEpochMilli() + TEN_DAYS, "resumed at " + Instant.ofEpochMilli(now) + ", not at the configured start");
            assertEquals(1.0, operator.clock().speed(), "at the configured speed");
        }
    }

    @Test
    void aRealClockIsTheMachinesTime() throws Exception {
        try (Operator operator = Operator.start(TestOperators.inMemory())) {
            assertTrue(Math.abs(operator.clock().now() - System.currentTimeMillis()) < 1_000);
        }
    }
}
