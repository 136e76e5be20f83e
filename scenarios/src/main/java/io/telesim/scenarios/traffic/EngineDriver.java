package io.telesim.scenarios.traffic;

import io.telesim.engine.Command;
import io.telesim.scenarios.run.TrafficStats;

/** One engine-level traffic (calls, data, top-ups, promised payments) as the {@link EngineLoop} drives it. */
interface EngineDriver {

    TrafficStats stats();

    /** Offsets from the run's start at which its events arrive, in order. */
    long[] arrivals();

    /** Starts the event due at {@code dueNanos}: picks who and what, and sends its first command. */
    void begin(long dueNanos, Command command, EngineLoop loop);
}
