package io.telesim.scenarios.run;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import io.telesim.scenarios.model.RateProfile;
import io.telesim.scenarios.model.Spike;

class ArrivalsProperties {

    private static final long TEN_SECONDS = Duration.ofSeconds(10).toNanos();

    @Property(tries = 50)
    boolean arrivalsAreInOrderAndInsideTheRun(@ForAll long seed, @ForAll @DoubleRange(min = 0, max = 2_000) double rate) {
        long[] arrivals = Arrivals.draw(RateProfile.constant(rate), Duration.ZERO, TEN_SECONDS, new SplittableRandom(seed));
        for (int i = 0; i < arrivals.length; i++) {
            if (arrivals[i] < 0 || arrivals[i] >= TEN_SECONDS || i > 0 && arrivals[i] < arrivals[i - 1]) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 20)
    boolean theSameSeedDrawsTheSameArrivals(@ForAll long seed) {
        RateProfile rate = new RateProfile(100, 300, List.of(new Spike(Duration.ofSeconds(2), Duration.ofSeconds(1), 10, 0)));
        return Arrays.equals(Arrivals.draw(rate, Duration.ofSeconds(1), TEN_SECONDS, new SplittableRandom(seed)),
                Arrivals.draw(rate, Duration.ofSeconds(1), TEN_SECONDS, new SplittableRandom(seed)));
    }

    /** A Poisson count's standard deviation is the square root of its mean: six of them is never reached by chance. */
    @Property(tries = 30)
    boolean theCountFollowsTheRateWithItsRampAndSpikes(@ForAll long seed, @ForAll @IntRange(min = 50, max = 2_000) int perSecond,
                                                       @ForAll @IntRange(min = 2, max = 20) int times) {
        RateProfile rate = new RateProfile(perSecond, perSecond * 2.0, List.of(new Spike(Duration.ofSeconds(4), Duration.ofSeconds(2), times, 0)));
        // base: a ramp from r to 2r over 10 s = 15 r; the spike adds (times - 1) x the ramp's rate over 4..6 s, (times - 1) x 3 r
        double expected = perSecond * (15 + (times - 1) * 3.0);
        long count = Arrivals.draw(rate, Duration.ZERO, TEN_SECONDS, new SplittableRandom(seed)).length;
        return Math.abs(count - expected) < 6 * Math.sqrt(expected);
    }

    @Property(tries = 30)
    boolean theRampUpThinsTheStart(@ForAll long seed, @ForAll @IntRange(min = 100, max = 2_000) int perSecond) {
        long[] arrivals = Arrivals.draw(RateProfile.constant(perSecond), Duration.ofSeconds(4), TEN_SECONDS, new SplittableRandom(seed));
        long firstTwoSeconds = Arrays.stream(arrivals).filter(t -> t < Duration.ofSeconds(2).toNanos()).count();
        double expected = perSecond * 0.5; // the integral of r t / 4 from 0 to 2 s
        return Math.abs(firstTwoSeconds - expected) < 6 * Math.sqrt(expected);
    }
}
