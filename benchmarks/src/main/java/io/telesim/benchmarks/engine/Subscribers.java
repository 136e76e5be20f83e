package io.telesim.benchmarks.engine;

import java.util.concurrent.TimeUnit;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.Reply;
import io.telesim.engine.ReplyHandler;

/**
 * The benchmarks' subscribers: Moscow numbers of our network, 7916xxxxxxx, on the default catalog's
 * tariffs in turn (payg, smart, home, daily), each with ten million roubles so that no run ever runs dry.
 * Provisioned through the engine itself, with command ids 1 to {@code count}.
 */
public final class Subscribers {

    static final long OPENING_BALANCE = 10_000_000_00L;
    private static final long FIRST = 79_160_000_000L;

    private Subscribers() {
    }

    public static long msisdnOf(int index) {
        return FIRST + index;
    }

    /**
     * Provisions {@code count} subscribers and waits until the engine has replied to every one.
     *
     * @return the first command id not used
     * @throws IllegalStateException if any provisioning was refused
     */
    public static long provision(Engine engine, int count) throws InterruptedException {
        Catalog catalog = engine.catalog();
        int[] tariffs = {catalog.tariffIndex("payg"), catalog.tariffIndex("smart"), catalog.tariffIndex("home"),
                catalog.tariffIndex("daily")};
        Tally tally = new Tally();
        Command command = new Command();
        for (int i = 0; i < count; i++) {
            command.set(CommandType.PROVISION, i + 1, msisdnOf(i)).item(tariffs[i % tariffs.length]).amount(OPENING_BALANCE);
            Submission.untilAccepted(engine, command, tally, BusyBackoff.YIELD);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (tally.replies < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("provisioning: " + tally.replies + " of " + count + " replies after 10 minutes");
            }
            Thread.sleep(10);
        }
        if (tally.refused != 0) {
            throw new IllegalStateException("provisioning: " + tally.refused + " of " + count + " refused, the last one " + tally.lastRefusal);
        }
        return count + 1L;
    }

    /** Counts provisioning replies; written by the engine's output thread only. */
    private static final class Tally implements ReplyHandler {
        volatile long replies;
        volatile long refused;
        volatile Outcome lastRefusal;

        @Override
        public void onReply(Reply reply) {
            if (reply.outcome() != Outcome.OK) {
                lastRefusal = reply.outcome();
                refused++;
            }
            replies++;
        }
    }
}
