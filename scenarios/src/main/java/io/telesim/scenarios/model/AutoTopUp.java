package io.telesim.scenarios.model;

/** A share of subscribers with an auto top-up rule: when the balance falls below {@code belowKopecks}, top up {@code amountKopecks}. */
public record AutoTopUp(double share, long belowKopecks, long amountKopecks) {
}
