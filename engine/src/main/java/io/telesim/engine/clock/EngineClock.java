package io.telesim.engine.clock;

/**
 * The engine's time in epoch milliseconds. The journal stage reads it once per command and stamps the
 * command, so applying and replaying use the same time; nothing else in the pipeline reads a clock.
 */
public interface EngineClock {

    long now();

    /** How many engine milliseconds pass per real millisecond (1 for real time). */
    default double speed() {
        return 1.0;
    }
}
