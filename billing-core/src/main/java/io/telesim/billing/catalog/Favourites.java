package io.telesim.billing.catalog;

/**
 * The favourite-numbers terms of a service: calls to up to {@code slots} chosen Russian numbers cost
 * {@code voiceDiscountPercent} percent less (100 makes them free).
 */
public record Favourites(int slots, int voiceDiscountPercent) {

    /** The most favourite numbers an account can hold. */
    public static final int MAX_SLOTS = 3;

    public Favourites {
        if (slots < 1 || slots > MAX_SLOTS) {
            throw new IllegalArgumentException("favourite numbers: 1 to " + MAX_SLOTS + " slots, got " + slots);
        }
        if (voiceDiscountPercent < 0 || voiceDiscountPercent > 100) {
            throw new IllegalArgumentException("favourite numbers: a discount is 0 to 100 percent, got " + voiceDiscountPercent);
        }
    }

    /** The discounted per-minute price, rounded up to the kopeck. */
    public long discounted(long pricePerMinute) {
        return (pricePerMinute * (100 - voiceDiscountPercent) + 99) / 100;
    }
}
