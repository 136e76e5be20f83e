package io.telesim.billing.catalog;

/** What a bundle holds. */
public enum UsageUnit {
    VOICE_SECONDS,
    SMS,
    DATA_BYTES
}
