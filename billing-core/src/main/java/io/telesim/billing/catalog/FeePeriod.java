package io.telesim.billing.catalog;

/** How often a subscription fee is charged. */
public enum FeePeriod {
    /** Every day at local midnight. */
    DAILY,
    /** At the start of every billing month (calendar month). */
    MONTHLY
}
