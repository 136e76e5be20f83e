package io.telesim.billing.catalog;

import io.telesim.billing.number.DestinationClass;

/**
 * Prices in kopecks per unit (a minute of a call, one SMS segment) by destination class.
 * {@link #BARRED} marks a class the tariff does not allow. Free short numbers always cost 0.
 */
public final class PriceList {

    /** The price of a destination the tariff does not allow. */
    public static final long BARRED = -1;

    private final long[] prices = new long[DestinationClass.count()];

    public PriceList(long onNet, long offNet, long otherRegion, long international, long shortNumber) {
        set(DestinationClass.ON_NET, onNet);
        set(DestinationClass.OFF_NET, offNet);
        set(DestinationClass.OTHER_REGION, otherRegion);
        set(DestinationClass.INTERNATIONAL, international);
        set(DestinationClass.SHORT, shortNumber);
        prices[DestinationClass.FREE_SHORT.ordinal()] = 0;
    }

    private void set(DestinationClass destination, long price) {
        if (price < BARRED) {
            throw new IllegalArgumentException("price for " + destination + " cannot be negative");
        }
        prices[destination.ordinal()] = price;
    }

    /** Kopecks per unit, or {@link #BARRED}. */
    public long price(DestinationClass destination) {
        return prices[destination.ordinal()];
    }

    /** Kopecks per unit by {@link DestinationClass#ordinal()}, or {@link #BARRED}. */
    public long price(int destinationOrdinal) {
        return prices[destinationOrdinal];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriceList other && java.util.Arrays.equals(prices, other.prices);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(prices);
    }

    @Override
    public String toString() {
        return "PriceList" + java.util.Arrays.toString(prices);
    }
}
