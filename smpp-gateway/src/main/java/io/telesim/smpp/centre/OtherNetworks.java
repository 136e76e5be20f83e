package io.telesim.smpp.centre;

/**
 * The link to other networks' SMS centres (the outbound ESME client). Outcomes come back through
 * {@link SmsCentre#forwarded}, {@link SmsCentre#forwardFailed} and {@link SmsCentre#forwardReceipt}.
 */
public interface OtherNetworks {

    OtherNetworks NONE = message -> false;

    /** Hands {@code message} on; false when there is no link or it cannot take more. */
    boolean forward(SmsMessage message);
}
