package io.telesim.engine.statement;

import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import java.util.SplittableRandom;

/**
 * The records the engine would write for a run of traffic, the same for every write path measured:
 * record i belongs to a random number, happens a fixed step after record i-1, and is mostly usage with
 * the odd top-up or fee. Filling a record allocates nothing.
 */
final class SyntheticTraffic {

    static final long FIRST_NUMBER = 79_000_000_000L;

    private final long[] numbers;
    private final long start;
    private final long step;

    /**
     * @param records how many records the run writes
     * @param numbers how many numbers they spread over
     * @param start   the time of the first record
     * @param end     the time after the last record
     * @param seed    the numbers' order
     */
    SyntheticTraffic(int records, int numbers, long start, long end, long seed) {
        this.numbers = new long[records];
        this.start = start;
        this.step = Math.max(1, (end - start) / records);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < records; i++) {
            this.numbers[i] = FIRST_NUMBER + random.nextInt(numbers);
        }
    }

    int records() {
        return numbers.length;
    }

    long number(int i) {
        return numbers[i];
    }

    long time(int i) {
        return start + i * step;
    }

    /** Makes {@code record} the i-th record of the run. */
    StatementRecord fill(int i, StatementRecord record) {
        record.reset().msisdn(numbers[i]).timeMillis(time(i)).eventId(i).journalPosition(i).balanceAfter(100_000 - i % 1_000);
        switch (i % 16) {
            case 0 -> record.movement(MovementKind.TOP_UP).money(50_000);
            case 1 -> record.movement(MovementKind.SERVICE_FEE).item(i % 7).money(-300);
            case 2, 3, 4, 5 -> record.usage(UsageKind.DATA).units(1_000_000 + i % 777, 1_048_576, 1_048_576);
            case 6, 7, 8, 9 -> record.usage(UsageKind.SMS).party(numbers[(i + 1) % numbers.length])
                    .destination(DestinationClass.ON_NET).units(1, 1, 0).money(-150);
            default -> {
                long seconds = 17 + i % 300;
                record.usage(UsageKind.VOICE).party(79_260_000_000L + i % 100_000).destination(DestinationClass.OFF_NET)
                        .units(seconds, (seconds + 59) / 60 * 60, 60).money(-250);
            }
        }
        return record;
    }
}
