package io.telesim.ussd.app;

/** Why a USSD session ended. */
public enum UssdEnd {
    /** The service sent its last screen. */
    SERVICE,
    /** The user hung up. */
    USER,
    /** The user did not answer a screen in time. */
    SCREEN_TIMEOUT,
    /** The session lasted as long as a session may. */
    SESSION_TIMEOUT,
    /** The service failed or could not be reached. */
    ERROR
}
