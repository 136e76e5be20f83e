package io.telesim.smpp.centre;

import org.agrona.collections.LongHashSet;

/**
 * Numbers the engine has confirmed as subscribers, so a message to one of them needs no engine read
 * first. A yes stays true until the engine removes an account (a termination, or a number given up in a
 * number replacement): callers pass the engine's count of removals ({@code Engine.subscribersRemoved()}),
 * and when it moves the whole cache is forgotten, since removals are rare. Up to {@code capacity} numbers
 * are remembered (about 16 bytes each, in 64 locked stripes); past that, the rest are asked every time.
 */
final class KnownSubscribers {

    private static final int STRIPES = 64;

    private final LongHashSet[] stripes = new LongHashSet[STRIPES];
    private final int perStripe;
    /** The engine's removal count the remembered answers were given under. */
    private volatile long removals;

    KnownSubscribers(int capacity) {
        this.perStripe = Math.max(1, capacity / STRIPES);
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new LongHashSet();
        }
    }

    /** True when {@code msisdn} is remembered and no account was removed since ({@code removalsNow}: the engine's count). */
    boolean contains(long msisdn, long removalsNow) {
        if (removalsNow != removals) {
            forgetAll(removalsNow);
            return false;
        }
        LongHashSet stripe = stripe(msisdn);
        synchronized (stripe) {
            return stripe.contains(msisdn);
        }
    }

    /** Remembers {@code msisdn}, confirmed by an engine read made when the removal count was {@code removalsBefore}. */
    void add(long msisdn, long removalsBefore) {
        LongHashSet stripe = stripe(msisdn);
        synchronized (stripe) {
            if (removalsBefore != removals) {
                return; // an account may have gone since the read: do not remember its answer
            }
            if (stripe.size() < perStripe) {
                stripe.add(msisdn);
            }
        }
    }

    private void forgetAll(long removalsNow) {
        for (LongHashSet stripe : stripes) {
            synchronized (stripe) {
                stripe.clear();
            }
        }
        removals = removalsNow;
    }

    private LongHashSet stripe(long msisdn) {
        return stripes[(int) ((msisdn ^ (msisdn >>> 17)) & (STRIPES - 1))];
    }
}
