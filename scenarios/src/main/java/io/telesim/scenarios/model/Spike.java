package io.telesim.scenarios.model;

import java.time.Duration;

/**
 * A spell of a traffic's rate: from {@code at} (counted from the start of the run, warm-up included) for
 * {@code length}, the rate is multiplied by {@code times} or, when {@code times} is 0, is {@code perSecond}.
 */
public record Spike(Duration at, Duration length, double times, double perSecond) {

    public Spike {
        if (at.isNegative() || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a spike starts at 0 s or later and lasts some time");
        }
        if ((times > 0) == (perSecond > 0) || times < 0 || perSecond < 0) {
            throw new IllegalArgumentException("a spike gives either 'times' (a factor) or 'rate' (per second), one of them");
        }
    }

    /** True when {@code offsetNanos} from the start falls in this spike. */
    public boolean covers(long offsetNanos) {
        return offsetNanos >= at.toNanos() && offsetNanos < at.toNanos() + length.toNanos();
    }

    /** The rate during the spike, given the rate without it. */
    public double apply(double base) {
        return times > 0 ? base * times : perSecond;
    }
}
