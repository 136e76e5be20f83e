package io.telesim.engine.clock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is done to a simulated clock, and however the machine's time passes, the clock never goes back. */
class SimulatedClockProperties {

    /** One step: machine time passes, then the speed changes (when {@code speed > 0}) or the clock is advanced. */
    record Step(long elapsedNanos, double speed, long advanceMillis) {
    }

    @Property(tries = 200)
    void timeNeverGoesBackwards(@ForAll("steps") List<Step> steps) {
        AtomicLong machine = new AtomicLong();
        SimulatedClock clock = new SimulatedClock(0, 1, machine::get);
        long last = clock.now();
        for (Step step : steps) {
            machine.addAndGet(step.elapsedNanos());
            long before = clock.now();
            if (step.speed() > 0) {
                clock.changeSpeed(step.speed());
            } else {
                clock.advance(step.advanceMillis());
            }
            long after = clock.now();
            assertTrue(before >= last && after >= before, "went back at " + step);
            assertTrue(after >= before + (step.speed() > 0 ? 0 : step.advanceMillis()), "an advance moves it by at least that much");
            last = after;
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Long> elapsed = Arbitraries.longs().between(0, 3_600_000_000_000L);
        Arbitrary<Double> speed = Arbitraries.of(0.0, 0.0, 0.001, 0.5, 1.0, 60.0, 86_400.0);
        Arbitrary<Long> advance = Arbitraries.longs().between(0, 86_400_000L * 400);
        return Combinators.combine(elapsed, speed, advance).as(Step::new).list().ofMaxSize(30);
    }
}
