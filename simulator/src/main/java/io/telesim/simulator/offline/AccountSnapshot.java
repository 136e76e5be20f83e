package io.telesim.simulator.offline;

import io.telesim.billing.account.AccountStatus;

/**
 * An account at the end of an offline run.
 *
 * @param bundleHolder the number whose bundles it uses (its own, or a family owner's)
 * @param voiceLeft    seconds left in the bundles it uses
 * @param dataLeft     bytes left in the bundles it uses
 */
public record AccountSnapshot(long msisdn, String tariff, AccountStatus status, long openingBalance, long balance, long bundleHolder,
                              long voiceLeft, long smsLeft, long dataLeft, long bonusPoints) {
}
