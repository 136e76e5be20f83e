package io.telesim.scenarios.model;

import java.util.SplittableRandom;

/** A mixture: each draw first picks one of the parts by its share, then draws from it ("70% at 0.00, 30% uniform"). */
public record MixedDistribution(WeightedChoice<Distribution> parts) implements Distribution {

    @Override
    public long sample(SplittableRandom random) {
        return parts.pick(random).sample(random);
    }

    @Override
    public double average() {
        double mean = 0;
        for (int i = 0; i < parts.size(); i++) {
            mean += parts.share(i) * parts.option(i).average();
        }
        return mean;
    }
}
