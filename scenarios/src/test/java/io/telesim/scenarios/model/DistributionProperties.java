package io.telesim.scenarios.model;

import java.util.List;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class DistributionProperties {

    @Property(tries = 100)
    boolean drawsStayWithinTheirBounds(@ForAll long seed, @ForAll @LongRange(min = 0, max = 1_000_000) long a,
                                       @ForAll @LongRange(min = 0, max = 1_000_000) long b) {
        long min = Math.min(a, b);
        long max = Math.max(a, b);
        SplittableRandom random = new SplittableRandom(seed);
        Distribution uniform = new UniformDistribution(min, max);
        Distribution exponential = new ExponentialDistribution(Math.max(1, min), Math.max(1, max));
        Distribution normal = new NormalDistribution((min + max) / 2, (max - min) / 4, min, max);
        for (int i = 0; i < 200; i++) {
            long u = uniform.sample(random);
            long e = exponential.sample(random);
            long n = normal.sample(random);
            if (u < min || u > max || e < 0 || e > Math.max(1, max) || n < min || n > max) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 50)
    boolean aChoicePicksOnlyOptionsWithAShare(@ForAll long seed) {
        WeightedChoice<String> choice = new WeightedChoice<>(List.of("never", "mostly", "sometimes"), List.of(0.0, 0.9, 0.1));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 500; i++) {
            if (choice.pick(random).equals("never")) {
                return false;
            }
        }
        return true;
    }
}
