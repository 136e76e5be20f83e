package io.telesim.ussd.apps;

/** A third-party application did not answer a step as it should; the message says how. */
public final class ThirdPartyAppException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ThirdPartyAppException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
