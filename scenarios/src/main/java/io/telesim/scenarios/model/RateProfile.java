package io.telesim.scenarios.model;

import java.util.List;

/**
 * How often a traffic's events arrive, per second, over the run: {@code perSecond} at the start, changing in a
 * straight line to {@code rampTo} at the end (the same for a constant rate), and raised or replaced during
 * {@link Spike}s. The scenario's ramp-up scales every rate from 0 at the start to itself at the end of the ramp-up.
 */
public record RateProfile(double perSecond, double rampTo, List<Spike> spikes) {

    public RateProfile {
        if (perSecond < 0 || rampTo < 0) {
            throw new IllegalArgumentException("a rate cannot be negative");
        }
        spikes = List.copyOf(spikes);
    }

    public static RateProfile constant(double perSecond) {
        return new RateProfile(perSecond, perSecond, List.of());
    }

    /** The same profile with every rate multiplied by {@code factor} (for finding the highest rate that meets the SLOs). */
    public RateProfile scaled(double factor) {
        List<Spike> scaledSpikes = spikes.stream()
                .map(s -> new Spike(s.at(), s.length(), s.times(), s.perSecond() * factor)).toList();
        return new RateProfile(perSecond * factor, rampTo * factor, scaledSpikes);
    }

    /** The rate at {@code offsetNanos} after the start of a run of {@code totalNanos}, before the ramp-up. */
    public double at(long offsetNanos, long totalNanos) {
        double progress = totalNanos <= 0 ? 0 : Math.min(1, (double) offsetNanos / totalNanos);
        double rate = perSecond + (rampTo - perSecond) * progress;
        for (Spike spike : spikes) {
            if (spike.covers(offsetNanos)) {
                rate = spike.apply(rate);
            }
        }
        return rate;
    }

    /** The highest rate anywhere in the run. */
    public double peak() {
        double peak = Math.max(perSecond, rampTo);
        double highest = peak;
        for (Spike spike : spikes) {
            highest = Math.max(highest, spike.apply(peak));
        }
        return highest;
    }
}
