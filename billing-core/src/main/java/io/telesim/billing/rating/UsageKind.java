package io.telesim.billing.rating;

import io.telesim.billing.catalog.UsageUnit;

/** What a subscriber uses: calls and data are sessions; SMS and USSD are one-shot events. */
public enum UsageKind {
    VOICE(UsageUnit.VOICE_SECONDS, "call"),
    SMS(UsageUnit.SMS, "SMS"),
    DATA(UsageUnit.DATA_BYTES, "data"),
    USSD(null, "USSD");

    private static final UsageKind[] VALUES = values();

    private final UsageUnit unit;
    private final String label;

    UsageKind(UsageUnit unit, String label) {
        this.unit = unit;
        this.label = label;
    }

    /** The bundle unit this usage takes, or null for USSD, which no bundle covers. */
    public UsageUnit unit() {
        return unit;
    }

    public String label() {
        return label;
    }

    public static UsageKind ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
