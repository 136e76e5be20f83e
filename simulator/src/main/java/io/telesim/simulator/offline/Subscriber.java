package io.telesim.simulator.offline;

/**
 * A subscriber to provision for an offline run.
 *
 * @param tariff         catalog index of the tariff
 * @param openingBalance kopecks, never negative
 * @param line           where it was read, for messages
 */
public record Subscriber(long msisdn, int tariff, long openingBalance, int line) {
}
