package io.telesim.scenarios.traffic;

import io.telesim.engine.Command;

/** A command of an engine-level event that the {@link EngineLoop} sends when it falls due. */
interface EngineStep {

    /** When the loop should send it ({@link System#nanoTime()}). */
    long wakeNanos();

    /** Fills {@code command} (the loop's own, reused) and submits it through {@code loop}. */
    void send(Command command, EngineLoop loop);
}
