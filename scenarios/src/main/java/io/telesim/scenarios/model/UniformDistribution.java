package io.telesim.scenarios.model;

import java.util.SplittableRandom;

/** Any value from {@code min} to {@code max}, both included, equally likely. */
public record UniformDistribution(long min, long max) implements Distribution {

    public UniformDistribution {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("a uniform distribution needs 0 <= min <= max");
        }
    }

    @Override
    public long sample(SplittableRandom random) {
        return min == max ? min : random.nextLong(min, max + 1);
    }

    @Override
    public double average() {
        return (min + (double) max) / 2;
    }
}
