package io.telesim.scenarios.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Options with shares that add up to 100%, such as a tariff mix or where calls go; {@link #pick} chooses one with the
 * run's seeded random.
 */
public final class WeightedChoice<T> {

    private final List<T> options;
    private final double[] shares;
    private final double[] cumulative;

    /** @param shares fractions that add up to 1 (within a rounding error), one per option */
    public WeightedChoice(List<T> options, List<Double> shares) {
        if (options.isEmpty() || options.size() != shares.size()) {
            throw new IllegalArgumentException("a choice needs at least one option and one share per option");
        }
        this.options = List.copyOf(options);
        this.shares = new double[shares.size()];
        this.cumulative = new double[shares.size()];
        double sum = 0;
        for (int i = 0; i < shares.size(); i++) {
            double share = shares.get(i);
            if (share < 0) {
                throw new IllegalArgumentException("a share cannot be negative");
            }
            this.shares[i] = share;
            sum += share;
            cumulative[i] = sum;
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException(String.format("the shares add up to %s%%, not 100%%", trim(sum * 100)));
        }
        cumulative[cumulative.length - 1] = 1;
    }

    /** One option with all the share. */
    public static <T> WeightedChoice<T> only(T option) {
        return new WeightedChoice<>(List.of(option), List.of(1.0));
    }

    public T pick(SplittableRandom random) {
        double u = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return options.get(i);
            }
        }
        return options.get(options.size() - 1);
    }

    public int size() {
        return options.size();
    }

    public T option(int index) {
        return options.get(index);
    }

    /** The fraction of draws that pick option {@code index}. */
    public double share(int index) {
        return shares[index];
    }

    public List<T> options() {
        return new ArrayList<>(options);
    }

    private static String trim(double percent) {
        String text = String.format("%.4f", percent);
        return text.replaceAll("\\.?0+$", "");
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < options.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(options.get(i)).append(": ").append(trim(shares[i] * 100)).append('%');
        }
        return s.append('}').toString();
    }
}
