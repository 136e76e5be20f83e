package io.telesim.scenarios.run;

import java.util.SplittableRandom;

import io.telesim.billing.catalog.Catalog;
import io.telesim.scenarios.model.Population;

/**
 * Each subscriber's tariff and opening balance, drawn in number order from the scenario's seed: the runner provisions
 * them, and {@code ./telesim run --write-subscribers} writes the same ones for a remote operator. Family owners (the
 * first of each family, at the start of the population) are on the family tariff.
 */
public final class PopulationPlan {

    private final Population population;
    private final Catalog catalog;
    private final SplittableRandom random;
    private final int familySims;
    private final int familyTariff;
    private int next;
    private int tariff;
    private long balance;

    public PopulationPlan(Population population, Catalog catalog, SplittableRandom random) {
        this.population = population;
        this.catalog = catalog;
        this.random = random;
        this.familySims = population.families() == null ? 0
                : (int) (population.count() * population.families().share()) / population.families().size() * population.families().size();
        this.familyTariff = familySims == 0 ? -1 : catalog.tariffIndex(population.families().tariff());
    }

    /** Draws the next subscriber's tariff and balance; false when every subscriber has been drawn. */
    public boolean next() {
        if (next == population.count()) {
            return false;
        }
        tariff = isOwner(next) ? familyTariff : catalog.tariffIndex(population.tariffs().pick(random));
        balance = population.balanceKopecks().sample(random);
        next++;
        return true;
    }

    /** The number of the subscriber drawn last. */
    public long msisdn() {
        return population.number(next - 1);
    }

    /** Its tariff's catalog index. */
    public int tariff() {
        return tariff;
    }

    /** Its opening balance in kopecks. */
    public long balance() {
        return balance;
    }

    /** How many subscribers, from the first, are in families. */
    int familySims() {
        return familySims;
    }

    boolean isOwner(int index) {
        return index < familySims && index % population.families().size() == 0;
    }
}
