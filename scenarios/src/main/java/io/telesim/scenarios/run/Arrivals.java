package io.telesim.scenarios.run;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

import io.telesim.scenarios.model.RateProfile;

/**
 * When a traffic's events arrive: a Poisson process whose rate follows the traffic's {@link RateProfile} and the
 * scenario's ramp-up, drawn once before the run from the seeded random (so the same seed gives the same times), as
 * offsets in nanoseconds from the start. Drawn by thinning: candidates at the peak rate, each kept with the
 * probability {@code rate(t) / peak}.
 */
public final class Arrivals {

    private Arrivals() {
    }

    public static long[] draw(RateProfile rate, Duration rampUp, long totalNanos, SplittableRandom random) {
        double peak = rate.peak();
        if (peak <= 0) {
            return new long[0];
        }
        long rampNanos = rampUp.toNanos();
        double meanGapNanos = 1e9 / peak;
        long[] times = new long[(int) Math.min(1 << 20, (long) (peak * totalNanos / 1e9) + 16)];
        int count = 0;
        double t = 0;
        while (true) {
            t += -Math.log(1.0 - random.nextDouble()) * meanGapNanos;
            if (t >= totalNanos) {
                break;
            }
            long offset = (long) t;
            double now = rate.at(offset, totalNanos) * (rampNanos > 0 && offset < rampNanos ? (double) offset / rampNanos : 1);
            if (random.nextDouble() * peak < now) {
                if (count == times.length) {
                    times = Arrays.copyOf(times, times.length * 2);
                }
                times[count++] = offset;
            }
        }
        return Arrays.copyOf(times, count);
    }
}
