package io.telesim.smpp.centre;

import org.agrona.collections.LongHashSet;

/**
 * Numbers the engine has confirmed as subscribers, so a message to one of them needs no engine read
 * first: the engine has no operation that removes or terminates a subscriber, so a yes stays true (when
 * one comes, it must tell this cache). Up to {@code capacity} numbers are
 * remembered (about 16 bytes each, in 64 locked stripes); past that, the rest are asked every time.
 */
final class KnownSubscribers {

    private static final int STRIPES = 64;

    private final LongHashSet[] stripes = new LongHashSet[STRIPES];
    private final int perStripe;

    KnownSubscribers(int capacity) {
        this.perStripe = Math.max(1, capacity / STRIPES);
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new LongHashSet();
        }
    }

    boolean contains(long msisdn) {
        LongHashSet stripe = stripe(msisdn);
        synchronized (stripe) {
            return stripe.contains(msisdn);
        }
    }

    void add(long msisdn) {
        LongHashSet stripe = stripe(msisdn);
        synchronized (stripe) {
            if (stripe.size() < perStripe) {
                stripe.add(msisdn);
            }
        }
    }

    private LongHashSet stripe(long msisdn) {
        return stripes[(int) ((msisdn ^ (msisdn >>> 17)) & (STRIPES - 1))];
    }
}
