package io.telesim.ussd.gateway;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.telesim.engine.Engine;

/**
 * Whether a handset's SIM card is the one the network has for its number: a replaced SIM stops working.
 * Asked when a handset names its card (the optional {@code iccid} of a dial or of the handset's WebSocket).
 */
@FunctionalInterface
public interface SimCheck {

    /** Accepts every card: for gateways without an engine (tests, benchmarks). */
    SimCheck ANY = (msisdn, iccid) -> CompletableFuture.completedFuture(true);

    /** The text a handset shows when its card is not the number's current one. */
    String NOT_REGISTERED = "SIM card not registered in the network";

    /** Completes with true when {@code iccid} is the current SIM card of {@code msisdn}; never waits. */
    CompletionStage<Boolean> isCurrent(long msisdn, long iccid);

    /** Asks the engine, in order with its commands (a cheap read on its thread). */
    static SimCheck of(Engine engine) {
        return (msisdn, iccid) -> engine.query(view -> view.iccidOf(msisdn) == iccid);
    }
}
