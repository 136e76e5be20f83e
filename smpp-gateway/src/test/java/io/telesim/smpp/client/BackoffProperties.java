package io.telesim.smpp.client;

import java.math.BigInteger;
import java.time.Duration;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class BackoffProperties {

    @Property
    void aDelayLiesBetweenHalfItsBaseAndItsBaseAndNeverPastTheCap(
            @ForAll @LongRange(min = 1, max = 10_000) long minMillis,
            @ForAll @LongRange(min = 0, max = 1_000_000) long extraMillis,
            @ForAll @IntRange(min = 0, max = 200) int attempt,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double random) {
        Duration min = Duration.ofMillis(minMillis);
        Duration max = Duration.ofMillis(minMillis + extraMillis);
        long base = BigInteger.valueOf(min.toNanos()).shiftLeft(attempt)
                .min(BigInteger.valueOf(max.toNanos())).longValueExact();
        long delay = Backoff.delayNanos(min, max, attempt, random);
        if (delay < base / 2 || delay > base || delay > max.toNanos()) {
            throw new AssertionError("delay " + delay + " for base " + base);
        }
    }

    @Property
    void delaysGrowWithTheAttemptUntilTheCap(
            @ForAll @IntRange(min = 0, max = 30) int attempt,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double random) {
        Duration min = Duration.ofMillis(100);
        Duration max = Duration.ofSeconds(60);
        long now = Backoff.delayNanos(min, max, attempt, 0.0);
        long next = Backoff.delayNanos(min, max, attempt + 1, 0.0);
        if (next < now) {
            throw new AssertionError("the lower bound fell from " + now + " to " + next);
        }
        if (Backoff.delayNanos(min, max, attempt, random) > max.toNanos()) {
            throw new AssertionError("past the cap");
        }
    }
}
