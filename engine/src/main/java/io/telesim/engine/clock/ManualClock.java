package io.telesim.engine.clock;

/** Time that moves only when told to: for tests and step-by-step replays. Thread-safe. */
public final class ManualClock implements EngineClock {

    private volatile long now;

    public ManualClock(long epochMillis) {
        this.now = epochMillis;
    }

    @Override
    public long now() {
        return now;
    }

    public void set(long epochMillis) {
        this.now = epochMillis;
    }

    public synchronized void advance(long millis) {
        this.now += millis;
    }
}
