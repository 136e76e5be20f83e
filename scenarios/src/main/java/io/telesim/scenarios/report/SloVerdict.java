package io.telesim.scenarios.report;

/** One expectation of the scenario and whether the run met it: {@code p99 of voice: at most 20 ms, was 3.1 ms}. */
public record SloVerdict(String traffic, String measure, String limit, String actual, boolean passed) {
}
