package io.telesim.billing.catalog;

/**
 * An add-on bundle bought on top of the tariff (F4), e.g. 5 GB of internet for 30 days.
 * Add-ons are used after the tariff's own bundle, the one expiring first first.
 *
 * @param units     seconds, messages or bytes, as {@code unit} says
 * @param price     kopecks
 * @param validDays days from purchase until the add-on expires
 */
public record AddOn(String id, String name, UsageUnit unit, long units, long price, int validDays) {

    public AddOn {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an add-on needs an id");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("add-on " + id + " needs a name");
        }
        if (units <= 0) {
            throw new IllegalArgumentException("add-on " + id + " must hold something");
        }
        if (price < 0) {
            throw new IllegalArgumentException("add-on " + id + ": the price cannot be negative");
        }
        if (validDays < 1) {
            throw new IllegalArgumentException("add-on " + id + " must be valid for at least a day");
        }
    }
}
