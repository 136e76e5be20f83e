package io.telesim.scenarios.model;

import java.util.SplittableRandom;

/**
 * A quantity a scenario draws at random for each subscriber or event: a call's duration, a data session's volume, a
 * balance, a think time. Values are whole base units (milliseconds, bytes, kopecks), never below zero; draws come from
 * the run's seeded random, so a scenario with the same seed draws the same values.
 */
public sealed interface Distribution
        permits FixedValue, UniformDistribution, ExponentialDistribution, NormalDistribution, MixedDistribution {

    long sample(SplittableRandom random);

    /** The value on average, for reports and sanity checks. */
    double average();
}
