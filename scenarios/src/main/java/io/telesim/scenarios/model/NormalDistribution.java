package io.telesim.scenarios.model;

import java.util.SplittableRandom;

/** A bell curve around {@code mean} with standard deviation {@code stddev}, drawn again until it falls in {@code [min, max]}. */
public record NormalDistribution(long mean, long stddev, long min, long max) implements Distribution {

    public NormalDistribution {
        if (stddev < 0 || min < 0 || max < min || mean < min || mean > max) {
            throw new IllegalArgumentException("a normal distribution needs stddev >= 0 and 0 <= min <= mean <= max");
        }
    }

    @Override
    public long sample(SplittableRandom random) {
        for (int attempt = 0; attempt < 64; attempt++) {
            long value = Math.round(mean + gaussian(random) * stddev);
            if (value >= min && value <= max) {
                return value;
            }
        }
        return mean;
    }

    /** Box-Muller: two uniform draws make one standard normal one. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    @Override
    public double average() {
        return mean;
    }
}
