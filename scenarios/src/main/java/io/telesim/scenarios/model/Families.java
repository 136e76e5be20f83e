package io.telesim.scenarios.model;

/**
 * A share of subscribers in families of {@code size} SIMs: the owner on the family tariff {@code tariff}, the others
 * members sharing the owner's bundles.
 */
public record Families(double share, int size, String tariff) {
}
