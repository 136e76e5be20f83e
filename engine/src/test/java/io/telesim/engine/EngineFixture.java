package io.telesim.engine;

import java.util.concurrent.TimeUnit;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestTimes;
import io.telesim.billing.catalog.Catalog;
import io.telesim.engine.clock.ManualClock;

/** An in-memory engine on the standard test catalog, with a clock the test moves, and short ways to call it. */
final class EngineFixture implements AutoCloseable {

    final Catalog catalog = TestCatalogs.standard();
    final ManualClock clock = new ManualClock(TestTimes.MID_MARCH);
    final Engine engine;
    private long nextId = 1;

    EngineFixture() {
        this(EngineSettings.defaults().withMaxAccounts(10_000).withRingSize(1024));
    }

    EngineFixture(EngineSettings settings) {
        this.engine = Engine.inMemory(catalog, clock, settings, NotificationSink.NONE);
    }

    /** A command with a fresh id. */
    Command command(CommandType type, long msisdn) {
        return new Command().set(type, nextId++, msisdn);
    }

    ReplySnapshot call(Command command) {
        try {
            return engine.call(command).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no reply to " + command, e);
        }
    }

    ReplySnapshot provision(long msisdn, String tariff, long openingBalance) {
        return call(command(CommandType.PROVISION, msisdn).item(catalog.tariffIndex(tariff)).amount(openingBalance));
    }

    /** Reads the account, retrying while the engine is busy, as a client would. */
    ReplySnapshot read(long msisdn) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                return engine.read(msisdn).get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof EngineBusyException) || System.nanoTime() > deadline) {
                    throw new AssertionError("no reply to a read of " + msisdn, e);
                }
                Thread.onSpinWait();
            } catch (Exception e) {
                throw new AssertionError("no reply to a read of " + msisdn, e);
            }
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
