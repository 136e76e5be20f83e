package io.telesim.scenarios.model;

import java.nio.file.Path;

/**
 * The catalog a scenario's operator sells: a catalog file, or the built-in one when {@code file} is null, with the
 * promised payment's eligibility eased when the scenario says so (a scenario's subscribers are all new, and a new
 * number may not take a promised payment under the usual rules).
 *
 * @param promisedPaymentMinAgeDays  null to keep the catalog's
 * @param promisedPaymentMinTopUps   kopecks, or null to keep the catalog's
 */
public record CatalogSettings(Path file, Integer promisedPaymentMinAgeDays, Long promisedPaymentMinTopUps) {

    public static final CatalogSettings BUILT_IN = new CatalogSettings(null, null, null);
}
