package io.telesim.engine.statement;

import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import java.time.Instant;

/** Statement records for tests, written the way the engine fills them. */
final class Records {

    static final long ALICE = 79_160_000_001L;
    static final long BOB = 79_160_000_002L;
    static final long CAROL = 79_160_000_003L;

    private Records() {
    }

    static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    /** A call of {@code seconds} to {@code party}, charged {@code kopecks}. */
    static StatementRecord call(long msisdn, long time, long party, long seconds, long kopecks, long eventId) {
        return new StatementRecord().msisdn(msisdn).timeMillis(time).usage(UsageKind.VOICE).party(party)
                .destination(DestinationClass.ON_NET).units(seconds, roundUpToMinute(seconds), 0)
                .money(-kopecks).balanceAfter(10_000 - kopecks).eventId(eventId).journalPosition(eventId);
    }

    static StatementRecord movement(long msisdn, long time, MovementKind kind, long kopecks, long eventId) {
        return new StatementRecord().msisdn(msisdn).timeMillis(time).movement(kind)
                .money(kind.signed(kopecks)).balanceAfter(50_000 + kind.signed(kopecks)).eventId(eventId)
                .journalPosition(eventId);
    }

    private static long roundUpToMinute(long seconds) {
        return (seconds + 59) / 60 * 60;
    }
}
