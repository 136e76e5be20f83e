package io.telesim.benchmarks.rating;

import java.util.SplittableRandom;

import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.telesim.benchmarks.Destinations;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.ops.BillingRules;
import io.telesim.billing.rating.UsageRater;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;
import io.telesim.simulator.catalog.CatalogLoader;

/**
 * 1,000,000 accounts on the default catalog's tariffs, laid out off-heap one after another as the
 * engine keeps them, and 2^20 pre-generated events (account, kind, destination, amount) read in a
 * cycle. Non-final fields, so the JIT cannot fold the inputs.
 */
@State(Scope.Thread)
public class RatingState {

    static final byte VOICE = 0;
    static final byte SMS = 1;
    static final byte DATA = 2;

    private static final int ACCOUNTS = 1_000_000;
    private static final int EVENTS = 1 << 20;
    private static final long START = 1_767_222_000_000L; // 2026-01-01T02:00+03:00
    private static final long OPENING_BALANCE = 10_000_000_00L; // 10 million roubles: the run never runs dry

    /**
     * Events whose accounts the loop touches ahead, in groups, before rating them (1: none). The engine's
     * batch handler does the same with the events of a ring batch, so their cache misses overlap.
     */
    @Param({"16", "1"})
    int lookahead;

    UsageRater rater;
    UnsafeBuffer accounts;
    AccountRecord cursor;
    AccountRecord ahead;
    OperationResult result;
    long now;
    int eventMask;
    int next;
    long touched;
    int[] accountOfEvent;
    byte[] kinds;
    long[] destinations;
    long[] amounts;

    @Setup(Level.Trial)
    public void setUp() {
        Catalog catalog = CatalogLoader.loadDefault();
        BillingRules rules = new BillingRules(catalog);
        rater = rules.rater();
        // Cache-line aligned, so each account's rating fields sit in two whole cache lines.
        accounts = new UnsafeBuffer(BufferUtil.allocateDirectAligned(ACCOUNTS * AccountRecord.LENGTH, 64));
        cursor = new AccountRecord();
        ahead = new AccountRecord();
        result = new OperationResult();
        now = START + 3_600_000L;

        int[] tariffs = {catalog.tariffIndex("payg"), catalog.tariffIndex("smart"), catalog.tariffIndex("home"),
                catalog.tariffIndex("daily")};
        for (int i = 0; i < ACCOUNTS; i++) {
            AccountRecord account = cursor.wrap(accounts, i * AccountRecord.LENGTH);
            Outcome outcome = rules.provisioning().provision(account, msisdnOf(i), tariffs[i % tariffs.length], OPENING_BALANCE,
                    0, START, result.reset());
            if (outcome != Outcome.OK) {
                throw new IllegalStateException("provisioning " + msisdnOf(i) + ": " + outcome.reason());
            }
        }

        SplittableRandom random = new SplittableRandom(42);
        eventMask = EVENTS - 1;
        accountOfEvent = new int[EVENTS];
        kinds = new byte[EVENTS];
        destinations = new long[EVENTS];
        amounts = new long[EVENTS];
        for (int e = 0; e < EVENTS; e++) {
            accountOfEvent[e] = random.nextInt(ACCOUNTS);
            int roll = random.nextInt(100);
            if (roll < 50) {
                kinds[e] = VOICE;
                amounts[e] = 5 + random.nextInt(600);
                destinations[e] = Destinations.next(random);
            } else if (roll < 80) {
                kinds[e] = SMS;
                amounts[e] = 1 + random.nextInt(3);
                destinations[e] = Destinations.next(random);
            } else {
                kinds[e] = DATA;
                amounts[e] = 10_000 + random.nextInt(20_000_000);
                destinations[e] = 0;
            }
        }
    }

    /** The next event; at the start of every group of {@link #lookahead} events, touches the next group's accounts. */
    int nextEvent() {
        int event = next++ & eventMask;
        if (lookahead > 1 && (event & (lookahead - 1)) == 0) {
            long sum = 0;
            for (int k = lookahead; k < 2 * lookahead; k++) {
                sum += ahead.wrap(accounts, accountOfEvent[(event + k) & eventMask] * AccountRecord.LENGTH).touch();
            }
            touched += sum;
        }
        return event;
    }

    AccountRecord account(int event) {
        return cursor.wrap(accounts, accountOfEvent[event] * AccountRecord.LENGTH);
    }

    /** Moscow numbers of our network, 7916xxxxxxx. */
    private static long msisdnOf(int index) {
        return 79_160_000_000L + index;
    }
}
