package io.telesim.smpp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private final ManualTimeSource clock = new ManualTimeSource();

    private int drain(TokenBucket bucket) {
        int n = 0;
        while (bucket.tryAcquire() == 0) {
            n++;
        }
        return n;
    }

    @Test
    void startsFullAndRefillsAtTheRate() {
        TokenBucket bucket = new TokenBucket(5, 5, clock);
        assertEquals(5, drain(bucket));
        assertEquals(200_000_000L, bucket.tryAcquire());

        clock.advance(Duration.ofMillis(150));
        assertEquals(50_000_000L, bucket.tryAcquire());
        clock.advance(Duration.ofMillis(50));
        assertEquals(1, drain(bucket));

        clock.advance(Duration.ofMillis(600));
        assertEquals(3, drain(bucket));
    }

    @Test
    void neverHoldsMoreThanItsBurst() {
        TokenBucket bucket = new TokenBucket(1_000, 10, clock);
        drain(bucket);
        clock.advance(Duration.ofDays(365));
        assertEquals(10, drain(bucket));
    }

    @Test
    void aSenderThatSleepsAsToldGetsExactlyTheRate() {
        TokenBucket bucket = new TokenBucket(3, 1, clock);
        long start = clock.nanoTime();
        int sent = 0;
        while (clock.nanoTime() - start <= 3_000_000_000L) {
            long wait = bucket.tryAcquire();
            if (wait == 0) {
                sent++;
            } else {
                clock.advance(Duration.ofNanos(wait));
            }
        }
        assertEquals(1 + 9, sent); // the one it starts with, then three a second for three seconds
    }

    @Test
    void pollingEveryMillisecondLosesNothingBelowTheBurst() {
        TokenBucket bucket = new TokenBucket(3, 2, clock);
        int sent = drain(bucket);
        for (int i = 0; i < 3_000; i++) {
            clock.advance(Duration.ofMillis(1));
            sent += drain(bucket);
        }
        assertEquals(2 + 9, sent);
    }
}
