package io.telesim.simulator.serve;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Engine command ids for one producer of the operator: a tag in the top byte keeps producers apart (the
 * SMS centre tags its charges 'S', card payments' top-ups are 'P' with the payment id), and a counter seeded from the start time keeps a restarted producer
 * from reusing the ids its last run left in the engine's idempotency window.
 */
public final class CommandIds {

    /** The USSD gateway's built-in services. */
    public static final long USSD = 'U';
    /** The web account. */
    public static final long WEB = 'W';
    private static final long SERIAL_MASK = (1L << 56) - 1;

    private final long tag;
    private final AtomicLong serial = new AtomicLong(System.currentTimeMillis() * 1000 & SERIAL_MASK);

    public CommandIds(long tag) {
        this.tag = tag << 56;
    }

    public long next() {
        return tag | (serial.incrementAndGet() & SERIAL_MASK);
    }
}
