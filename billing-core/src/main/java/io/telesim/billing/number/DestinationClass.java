package io.telesim.billing.number;

/** Where a call or message goes, as the tariffs price it. */
public enum DestinationClass {
    /** A number of our own network, in any region. */
    ON_NET,
    /** Another operator's number in the caller's home region. */
    OFF_NET,
    /** Another operator's number in another Russian region (or a +7 number we cannot place). */
    OTHER_REGION,
    /** Outside Russia. */
    INTERNATIONAL,
    /** A short number that the tariff prices (content, information lines). */
    SHORT,
    /** A short number the catalog lists as free: the operator's own lines, emergency. Allowed when blocked. */
    FREE_SHORT;

    private static final DestinationClass[] VALUES = values();

    public static DestinationClass ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    public static int count() {
        return VALUES.length;
    }
}
