package io.telesim.smpp.centre;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Remembered subscribers are forgotten once the engine removes an account (a termination or a number replacement). */
class KnownSubscribersTest {

    private static final long ANNA = 79160000001L;
    private static final long BORIS = 79160000002L;

    @Test
    void shouldForgetEverySubscriberOnceTheEngineRemovedAnAccount() {
        KnownSubscribers known = new KnownSubscribers(1_000);
        known.add(ANNA, 0);
        known.add(BORIS, 0);
        assertTrue(known.contains(ANNA, 0));

        assertFalse(known.contains(ANNA, 1), "Anna's number may have been given up");
        assertFalse(known.contains(BORIS, 1));
        known.add(BORIS, 1);
        assertTrue(known.contains(BORIS, 1));
    }

    @Test
    void shouldNotRememberAnAnswerReadBeforeARemoval() {
        KnownSubscribers known = new KnownSubscribers(1_000);
        assertFalse(known.contains(ANNA, 1));

        known.add(ANNA, 0);

        assertFalse(known.contains(ANNA, 1));
    }
}
