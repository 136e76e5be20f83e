package io.telesim.ussd.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.ReplySnapshot;
import io.telesim.engine.clock.ManualClock;
import io.telesim.ussd.app.UssdCode;
import io.telesim.ussd.app.UssdDialog;
import io.telesim.ussd.app.UssdRequest;
import io.telesim.ussd.app.UssdScreen;

/** An in-memory engine on the standard test catalog, the built-in services over it, and a handset that dials them. */
final class BuiltinFixture implements AutoCloseable {

    final Catalog catalog = TestCatalogs.standard();
    final ManualClock clock = new ManualClock(TestTimes.MID_MARCH);
    final Engine engine = Engine.inMemory(catalog, clock, EngineSettings.defaults().withMaxAccounts(1000).withRingSize(1024),
            NotificationSink.NONE);
    private final AtomicLong ids = new AtomicLong(1);
    final BuiltinServices services = new BuiltinServices(engine, ids::getAndIncrement);

    /** Provisions {@code msisdn} on tariff {@code tariff} with {@code kopecks} on the balance. */
    void provision(long msisdn, String tariff, long kopecks) {
        call(CommandType.PROVISION, msisdn, command -> command.item(catalog.tariffIndex(tariff)).amount(kopecks));
    }

    void topUp(long msisdn, long kopecks) {
        call(CommandType.TOP_UP, msisdn, command -> command.amount(kopecks));
    }

    void call(CommandType type, long msisdn, UnaryOperator<Command> fields) {
        ReplySnapshot reply = await(engine.call(fields.apply(new Command().set(type, ids.getAndIncrement(), msisdn))));
        assertEquals(Outcome.OK, reply.outcome(), () -> type + " for " + msisdn);
    }

    /** The account as the engine answers a read now. */
    ReplySnapshot read(long msisdn) {
        return await(engine.read(msisdn));
    }

    /** A copy of the account's record (tariff, services, forwarding) now. */
    AccountRecord record(long msisdn) {
        AccountRecord copy = AccountRecord.onHeap();
        assertEquals(Boolean.TRUE, await(engine.query(view -> view.account(msisdn, copy))), () -> "no account " + msisdn);
        return copy;
    }

    /** {@code msisdn} dials {@code code}: the session is open on its first screen. */
    Handset dial(long msisdn, String code) {
        UssdCode parsed = UssdCode.parse(code);
        UssdDialog dialog = services.find(parsed).orElseThrow(() -> new AssertionError("no built-in service for " + code))
                .open(new UssdRequest("session-" + ids.get(), msisdn, parsed));
        return new Handset(dialog, await(dialog.start()));
    }

    static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer", e);
        }
    }

    @Override
    public void close() {
        engine.close();
    }

    /** One session as a handset sees it: the screen shown and the answers typed. */
    static final class Handset {

        private final UssdDialog dialog;
        private UssdScreen screen;

        private Handset(UssdDialog dialog, UssdScreen screen) {
            this.dialog = dialog;
            this.screen = screen;
        }

        UssdScreen screen() {
            return screen;
        }

        String text() {
            return screen.text();
        }

        boolean ended() {
            return screen.end();
        }

        /** Types {@code inputs} one after another, each on the screen the previous one led to. */
        Handset answer(String... inputs) {
            for (String input : inputs) {
                if (screen.end()) {
                    throw new AssertionError("the session ended before '" + input + "' on: " + screen.text());
                }
                screen = await(dialog.reply(input));
            }
            return this;
        }
    }
}
