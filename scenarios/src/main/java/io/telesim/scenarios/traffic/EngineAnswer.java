package io.telesim.scenarios.traffic;

import io.telesim.engine.ReplyHandler;
import io.telesim.engine.SubmitStatus;

/**
 * Receives what became of a command an {@link EnginePort} accepted: the engine's reply, or, from an engine reached over
 * the network, no reply at all. Called on the port's thread (the engine's output thread, or an HTTP client's event
 * loop): quick, and never blocking.
 */
public interface EngineAnswer extends ReplyHandler {

    /**
     * The command was accepted for sending but never answered by the engine: {@link SubmitStatus#BUSY} when a remote
     * engine's ring was full (nothing was applied; as if {@code submit} had said BUSY), {@link SubmitStatus#CLOSED} when
     * the link failed ({@code reason} says how; whether it was applied is unknown).
     */
    void onUnanswered(SubmitStatus status, String reason);
}
