package io.telesim.simulator.offline;

import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.Outcome;

/**
 * A call, SMS or data session as rated.
 *
 * @param destination   how the other party was priced, or null for data
 * @param requested     units the event asked for (seconds, segments, bytes)
 * @param used          units that were carried: less than requested when a call or session was cut short, 0 when refused
 * @param charged       {@code used} after rounding
 * @param bundleUnits   of {@code charged}, the units paid from bundles
 * @param money         kopecks, negative (a charge) or 0
 */
public record UsageLine(long time, long msisdn, String eventId, UsageKind kind, String otherParty, DestinationClass destination,
                        long requested, long used, long charged, long bundleUnits, long money, long balanceAfter, Outcome outcome)
        implements StatementLine {

    public boolean refused() {
        return outcome != Outcome.OK;
    }

    /** The balance and bundles could not pay for the whole call or session, so the network ended it early. */
    public boolean cutShort() {
        return !refused() && used < requested;
    }
}
