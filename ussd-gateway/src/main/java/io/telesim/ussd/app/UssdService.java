package io.telesim.ussd.app;

/** A service the routing table sends codes to: built into Telesim, or a third-party application. */
@FunctionalInterface
public interface UssdService {

    /** A new dialog for the session {@code request} opened. */
    UssdDialog open(UssdRequest request);
}
