package io.telesim.scenarios.traffic;

import java.util.SplittableRandom;

import io.telesim.scenarios.model.Population;

/** Picks subscribers of the population at random, every number equally likely. */
public final class PopulationPicker {

    private final long first;
    private final int count;

    public PopulationPicker(Population population) {
        this.first = population.firstNumber();
        this.count = population.count();
    }

    public long pick(SplittableRandom random) {
        return first + random.nextInt(count);
    }

    /** A subscriber other than {@code not} (when there is another). */
    public long pickOther(long not, SplittableRandom random) {
        if (count == 1) {
            return first;
        }
        long other = first + random.nextInt(count - 1);
        return other >= not ? other + 1 : other;
    }

    /** Subscriber {@code hash} chooses (for per-message picks that must not depend on the thread). */
    public long pick(long hash) {
        return first + Math.floorMod(hash, count);
    }

    public int count() {
        return count;
    }
}
