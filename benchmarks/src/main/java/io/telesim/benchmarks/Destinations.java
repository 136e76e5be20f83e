package io.telesim.benchmarks;

import java.util.SplittableRandom;

import io.telesim.billing.number.PartyNumber;

/** Where the benchmarks' calls and messages go: the same mix in every benchmark, so their figures compare. */
public final class Destinations {

    private static final long FREE_SHORT_NUMBER = PartyNumber.parse("0611");

    private Destinations() {
    }

    /** 40% on-net, 30% off-net in the region, 20% other regions, 5% abroad, 5% free short numbers. */
    public static long next(SplittableRandom random) {
        int roll = random.nextInt(100);
        long subscriber = random.nextInt(10_000_000);
        if (roll < 40) {
            return 79_160_000_000L + subscriber;
        }
        if (roll < 70) {
            return 79_030_000_000L + subscriber;
        }
        if (roll < 90) {
            return 79_110_000_000L + subscriber;
        }
        if (roll < 95) {
            return 442_070_000_000L + subscriber;
        }
        return FREE_SHORT_NUMBER;
    }
}
