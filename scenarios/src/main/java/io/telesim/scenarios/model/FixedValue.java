package io.telesim.scenarios.model;

import java.util.SplittableRandom;

/** Always the same value. */
public record FixedValue(long value) implements Distribution {

    public FixedValue {
        if (value < 0) {
            throw new IllegalArgumentException("a value cannot be negative");
        }
    }

    @Override
    public long sample(SplittableRandom random) {
        return value;
    }

    @Override
    public double average() {
        return value;
    }
}
