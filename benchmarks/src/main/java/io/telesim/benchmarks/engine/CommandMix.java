package io.telesim.benchmarks.engine;

import java.util.SplittableRandom;

import io.telesim.benchmarks.Destinations;
import io.telesim.billing.rating.UsageKind;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;

/**
 * A pre-generated cycle of {@value #SIZE} commands on random subscribers, the traffic of the engine
 * benchmarks: 45% ended calls (5 to 605 s), 20% ended data sessions (10 KB to 20 MB), 25% SMS (1 to 3
 * segments), 10% top-ups (100 to 1,000 roubles). Destinations as in the rating benchmark: 40% on-net, 30%
 * off-net in the region, 20% other regions, 5% abroad, 5% free short numbers. Only the command id is new
 * for each command, so every command takes the engine's real (non-duplicate) path.
 *
 * <p>One producer thread uses an instance; the arrays are generated once and only read after.
 */
final class CommandMix {

    static final int SIZE = 1 << 20;

    private final CommandType[] types = new CommandType[SIZE];
    private final long[] msisdns = new long[SIZE];
    private final long[] others = new long[SIZE];
    private final long[] amounts = new long[SIZE];
    private final int[] items = new int[SIZE];
    private int next;

    CommandMix(int subscribers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < SIZE; i++) {
            msisdns[i] = Subscribers.msisdnOf(random.nextInt(subscribers));
            int roll = random.nextInt(100);
            if (roll < 45) {
                session(i, UsageKind.VOICE, Destinations.next(random), 5 + random.nextInt(600));
            } else if (roll < 65) {
                session(i, UsageKind.DATA, 0, 10_000 + random.nextInt(20_000_000));
            } else if (roll < 90) {
                types[i] = CommandType.CHARGE_SMS;
                others[i] = Destinations.next(random);
                amounts[i] = 1 + random.nextInt(3);
            } else {
                types[i] = CommandType.TOP_UP;
                amounts[i] = 10_000 + random.nextInt(90_001);
            }
        }
    }

    /** Fills {@code command} with the next command of the cycle under {@code commandId}. */
    Command fillNext(Command command, long commandId) {
        int i = next++ & (SIZE - 1);
        return command.set(types[i], commandId, msisdns[i]).other(others[i]).amount(amounts[i]).item(items[i]);
    }

    private void session(int i, UsageKind kind, long destination, long amount) {
        types[i] = CommandType.CHARGE_SESSION;
        items[i] = kind.ordinal();
        others[i] = destination;
        amounts[i] = amount;
    }
}
