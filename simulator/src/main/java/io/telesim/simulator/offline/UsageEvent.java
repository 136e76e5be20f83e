package io.telesim.simulator.offline;

import io.telesim.billing.rating.UsageKind;

/**
 * One call, SMS or data session to rate offline.
 *
 * @param to     the other party as a {@link io.telesim.billing.number.PartyNumber}; 0 for data
 * @param toText the other party as written (for data, the access point name, possibly empty)
 * @param start  epoch milliseconds
 * @param amount seconds, segments or bytes, at least 1
 */
public record UsageEvent(String id, UsageKind kind, long from, long to, String toText, long start, long amount, int line) {
}
