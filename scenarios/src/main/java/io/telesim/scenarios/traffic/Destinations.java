package io.telesim.scenarios.traffic;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.number.NumberingPlan;
import io.telesim.scenarios.model.Population;
import io.telesim.scenarios.model.WeightedChoice;
import io.telesim.simulator.input.BadInputException;

/**
 * The other party of calls and SMS by destination class: on-net is another subscriber of the population; off-net,
 * other-region and international numbers come from pools drawn before the run and checked against the catalog's own
 * numbering plan (as seen from the population's region), so any catalog prices them as the scenario says.
 */
public final class Destinations {

    private static final int POOL = 512;
    private static final int CANDIDATES = 400_000;
    private static final long[] COUNTRY_PREFIXES = {44_20_0000_0000L, 49_30_0000_0000L, 33_1_0000_0000L, 1_212_000_0000L, 90_212_000_0000L,
        380_44_000_0000L, 86_10_0000_0000L};

    private final PopulationPicker population;
    private final Map<DestinationClass, long[]> pools = new EnumMap<>(DestinationClass.class);

    /** Draws the pools the given choices need; throws when the catalog has no numbers of a class. */
    public Destinations(Catalog catalog, Population population, SplittableRandom random, List<WeightedChoice<DestinationClass>> needed) {
        this.population = new PopulationPicker(population);
        NumberingPlan plan = catalog.numbering();
        int region = plan.regionOf(population.firstNumber());
        for (WeightedChoice<DestinationClass> choice : needed) {
            for (DestinationClass wanted : choice.options()) {
                if (wanted != DestinationClass.ON_NET && !pools.containsKey(wanted)) {
                    pools.put(wanted, draw(plan, region, wanted, random));
                }
            }
        }
    }

    /** A number of class {@code destination} for a call or SMS from {@code caller}. */
    public long pick(DestinationClass destination, long caller, SplittableRandom random) {
        if (destination == DestinationClass.ON_NET) {
            return population.pickOther(caller, random);
        }
        long[] pool = pools.get(destination);
        return pool[random.nextInt(pool.length)];
    }

    private static long[] draw(NumberingPlan plan, int region, DestinationClass wanted, SplittableRandom random) {
        long[] pool = new long[POOL];
        int found = 0;
        for (int i = 0; i < CANDIDATES && found < POOL; i++) {
            long candidate = candidate(wanted, random);
            if (plan.classify(region, candidate) == wanted) {
                pool[found++] = candidate;
            }
        }
        if (found == 0) {
            throw new BadInputException("the catalog's numbering plan has no " + wanted.name().toLowerCase(Locale.ROOT)
                    + " numbers for subscribers of region " + region + "; leave that class out of 'destinations'");
        }
        return Arrays.copyOf(pool, found);
    }

    private static long candidate(DestinationClass wanted, SplittableRandom random) {
        if (wanted == DestinationClass.INTERNATIONAL && random.nextInt(4) > 0) {
            long prefix = COUNTRY_PREFIXES[random.nextInt(COUNTRY_PREFIXES.length)];
            return prefix + random.nextLong(10_000_000L);
        }
        // Any +7 number: 7 DEF NNNNNNN with DEF from 300 to 999.
        return 7_000_000_0000L + random.nextLong(300_000_0000L, 1_000_000_0000L);
    }
}
