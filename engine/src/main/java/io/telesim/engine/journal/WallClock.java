package io.telesim.engine.journal;

import java.util.function.LongSupplier;
import net.openhft.chronicle.core.time.TimeProvider;

/** Hands Chronicle Queue the injected wall clock; Chronicle reads it to pick the cycle file of an append. */
final class WallClock implements TimeProvider {

    private final LongSupplier epochMillis;

    WallClock(LongSupplier epochMillis) {
        this.epochMillis = epochMillis;
    }

    @Override
    public long currentTimeMillis() {
        return epochMillis.getAsLong();
    }
}
