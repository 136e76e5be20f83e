package io.telesim.billing.catalog;

/**
 * What a subscriber gets on moving to a tariff in the middle of a billing month (and on connection).
 */
public record TariffChangePolicy(BundleGrant grant) {

    /** How the new tariff's bundles and monthly fee are given for the rest of the month. */
    public enum BundleGrant {
        /** The whole monthly bundle and the whole monthly fee. */
        FULL,
        /** The part of the month that is left, today included, for both bundle and fee. */
        PRORATED
    }

    public TariffChangePolicy {
        if (grant == null) {
            throw new IllegalArgumentException("a tariff change policy needs a bundle grant");
        }
    }
}
