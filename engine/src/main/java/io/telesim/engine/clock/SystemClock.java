package io.telesim.engine.clock;

/** Real time. */
public final class SystemClock implements EngineClock {

    @Override
    public long now() {
        return System.currentTimeMillis();
    }
}
