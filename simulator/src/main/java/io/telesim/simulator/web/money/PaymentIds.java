package io.telesim.simulator.web.money;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Card payment ids, and the engine command id each payment's top-up is sent with. A payment id is a
 * serial seeded from the start time in microseconds, so a restarted server does not reuse the ids of
 * payments it already stored, and it stays below 2^53 so scripts read it exactly. The top-up's command id
 * is the payment id under the tag {@code 'P'} in the top byte: every attempt to credit one payment carries
 * the same id, and the engine applies it once.
 */
final class PaymentIds {

    private static final long TOP_UP_TAG = (long) 'P' << 56;
    private static final long SERIAL_MASK = (1L << 56) - 1;

    private final AtomicLong serial;

    PaymentIds(long startMillis) {
        this.serial = new AtomicLong(startMillis * 1000);
    }

    long next() {
        return serial.incrementAndGet();
    }

    /** The engine command id of the top-up of payment {@code paymentId}. */
    static long topUpCommandId(long paymentId) {
        return TOP_UP_TAG | (paymentId & SERIAL_MASK);
    }
}
