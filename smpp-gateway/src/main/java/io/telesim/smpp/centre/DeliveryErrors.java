package io.telesim.smpp.centre;

/**
 * The {@code err:} codes of our receipts and query_sm answers: GSM MAP's error codes where one fits
 * (3GPP TS 29.002), so integrators can read them as they read any operator's.
 */
public final class DeliveryErrors {

    public static final int NONE = 0;
    /** MAP unknownSubscriber: the number is not (or no longer) ours. */
    public static final int UNKNOWN_SUBSCRIBER = 1;
    /** MAP absentSubscriberSM: the handset is switched off. */
    public static final int ABSENT_SUBSCRIBER = 27;
    /** MAP systemFailure: no route (no ESME bound for a short number, no link to another network). */
    public static final int NO_ROUTE = 34;
    /** The receiving ESME or the other network answered with an error. */
    public static final int REFUSED = 69;

    private DeliveryErrors() {
    }
}
