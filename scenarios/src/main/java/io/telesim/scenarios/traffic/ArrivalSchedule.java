package io.telesim.scenarios.traffic;

import java.util.concurrent.atomic.AtomicLong;

import io.telesim.scenarios.run.RunClock;
import io.telesim.smpp.load.SubmitSchedule;

/** An SMPP traffic's messages for the load generator: due at the traffic's arrival times on the run's clock. */
final class ArrivalSchedule implements SubmitSchedule {

    private final long[] arrivals;
    private final long startNanos;
    private final MessageAddresses addresses;
    private final AtomicLong next = new AtomicLong();

    ArrivalSchedule(long[] arrivals, RunClock clock, MessageAddresses addresses) {
        this.arrivals = arrivals;
        this.startNanos = clock.startNanos();
        this.addresses = addresses;
    }

    @Override
    public long next(long nowNanos) {
        long index = next.getAndIncrement();
        return index < arrivals.length ? index : DONE;
    }

    @Override
    public long dueNanos(long index) {
        return startNanos + arrivals[(int) index];
    }

    @Override
    public boolean exhausted(long nowNanos) {
        return next.get() >= arrivals.length;
    }

    @Override
    public String sourceAddress(long index) {
        return addresses.source(index);
    }

    @Override
    public String destinationAddress(long index) {
        return addresses.destination(index);
    }
}
