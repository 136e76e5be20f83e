package io.telesim.smpp.load;

import java.time.Duration;

/**
 * A generator's state, told once a second: messages submitted and answered so far, receipts so far, and the rate of
 * answers ({@code submit_sm_resp}) over the last second.
 */
public record LoadProgress(Duration elapsed, long submitted, long answered, long receipts, double answersPerSecond) {
}
