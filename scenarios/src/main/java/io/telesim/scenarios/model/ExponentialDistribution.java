package io.telesim.scenarios.model;

import java.util.SplittableRandom;

/**
 * Short values common, long ones rare, with the given {@code mean} (as call durations and think times are), cut at
 * {@code max} so one draw cannot outlast the run.
 */
public record ExponentialDistribution(long mean, long max) implements Distribution {

    public ExponentialDistribution {
        if (mean <= 0 || max < mean) {
            throw new IllegalArgumentException("an exponential distribution needs 0 < mean <= max");
        }
    }

    @Override
    public long sample(SplittableRandom random) {
        double u = 1.0 - random.nextDouble(); // in (0, 1]: the logarithm stays finite
        return Math.min(max, Math.round(-Math.log(u) * mean));
    }

    @Override
    public double average() {
        return mean;
    }
}
