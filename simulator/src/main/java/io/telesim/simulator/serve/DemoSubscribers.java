package io.telesim.simulator.serve;

import java.util.ArrayList;
import java.util.List;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.number.Msisdn;
import io.telesim.simulator.offline.Subscriber;

/**
 * The subscribers a default operator starts with, the same every time so demos and tests can name them:
 * <ul>
 *   <li>subscriber n (from 1) is +7 916 100-00-00 + n: +7 916 100-00-01, +7 916 100-00-02, ... (numbers of the
 *       default catalog's Moscow range);
 *   <li>its tariff is the catalog's tariffs in turn, starting with the default one (in the default catalog:
 *       smart, family, home, daily, payg, smart, ...);
 *   <li>it has 100 ₽ times the last digit of n (0 counts as 10) once its first fee is paid: the opening balance
 *       is that plus the tariff's fee for a month (or for the day, on a daily fee), so on the first day of a month
 *       the balance is exactly 100 to 1000 ₽, and a little more later in the month, whose fee is charged pro rata.
 * </ul>
 */
public final class DemoSubscribers {

    public static final long FIRST = 79_161_000_001L;
    public static final int DEFAULT_COUNT = 1_000;
    /** The numbers stay within +7 916 1xx-xx-xx. */
    public static final int MAX_COUNT = 100_000;

    private DemoSubscribers() {
    }

    /** The number of subscriber {@code n} (from 1). */
    public static long number(int n) {
        return FIRST + n - 1;
    }

    /** Balance in kopecks after the first fee, for subscriber {@code n}: 100 to 1000 roubles. */
    public static long balanceAfterFirstFee(int n) {
        return 10_000L * (1 + (n - 1) % 10);
    }

    /** Catalog index of the tariff of subscriber {@code n}. */
    public static int tariff(int n, Catalog catalog) {
        return (catalog.defaultTariff() + n - 1) % catalog.tariffs().size();
    }

    /**
     * The first {@code count} demo subscribers.
     *
     * @throws IllegalArgumentException when the numbers are not the catalog's
     */
    public static List<Subscriber> of(int count, Catalog catalog) {
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("demo subscribers are 0 to " + MAX_COUNT + ", got " + count);
        }
        List<Subscriber> subscribers = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            if (!catalog.numbering().isOnNet(number(n))) {
                throw new IllegalArgumentException("the demo subscribers' numbers " + range(count) + " are not all numbers of our network in '"
                        + catalog.name() + "' (" + new Msisdn(number(n)).formatted() + " is not)");
            }
            int tariff = tariff(n, catalog);
            Tariff plan = catalog.tariff(tariff);
            // The fee provisioning takes at once: a month's (pro rata) on a monthly fee, a day's on a daily one.
            long firstFee = plan.fee().kopecks();
            subscribers.add(new Subscriber(number(n), tariff, balanceAfterFirstFee(n) + firstFee, n));
        }
        return subscribers;
    }

    /** {@code +7 916 100-00-01 to +7 916 100-10-00}. */
    public static String range(int count) {
        return new Msisdn(number(1)).formatted() + (count > 1 ? " to " + new Msisdn(number(count)).formatted() : "");
    }
}
