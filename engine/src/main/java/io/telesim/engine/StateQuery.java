package io.telesim.engine;

/**
 * A read-only look at the engine's state, run on the engine's own thread between commands, so it sees
 * every command submitted before it and none after. Must be quick and must not keep references to what
 * it reads.
 */
@FunctionalInterface
public interface StateQuery {

    void run(EngineView view);
}
