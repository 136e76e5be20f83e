package io.telesim.engine.corporate;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestTimes;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.ReplySnapshot;
import io.telesim.engine.clock.ManualClock;

/** The spending-limit notice reaches the notification sinks (the SMS side) for the number, once a month. */
class SpendingLimitNoticeTest {

    private final Catalog catalog = TestCatalogs.standard();
    private final ManualClock clock = new ManualClock(TestTimes.MID_MARCH);
    private final BlockingQueue<long[]> heard = new LinkedBlockingQueue<>();
    private final Engine engine = Engine.inMemory(catalog, clock, EngineSettings.defaults().withMaxAccounts(100).withRingSize(1024),
            new NotificationSink() {
                @Override
                public void onNotices(long msisdn, int notices, long balance, long time) {
                    heard.add(new long[] {msisdn, notices});
                }

                @Override
                public void onGift(long giver, long recipient, long points, long code, long time) {
                }
            });
    private long nextId = 1;

    @AfterEach
    void close() {
        engine.close();
    }

    private ReplySnapshot call(Command command) throws Exception {
        return engine.call(command).get(10, TimeUnit.SECONDS);
    }

    private Command command(CommandType type, long msisdn) {
        return new Command().set(type, nextId++, msisdn);
    }

    @Test
    void shouldTellTheNumberWhenASessionUpdateReachesTheLimitOnce() throws Exception {
        call(command(CommandType.PROVISION, ANNA).item(catalog.tariffIndex("go")).amount(100_000));
        call(command(CommandType.SET_SPENDING_LIMIT, ANNA).amount(500));
        call(command(CommandType.RESERVE, ANNA).sessionId(3).item(UsageKind.VOICE.ordinal()).other(MOSCOW_OTHER).amount(60));

        // the network updates the session by its id alone
        ReplySnapshot update = call(command(CommandType.UPDATE, 0).sessionId(3).amount(60).amount2(600));
        ReplySnapshot refused = call(command(CommandType.CHARGE_SMS, ANNA).other(MOSCOW_OTHER).amount(1));

        assertEquals(120, update.grantedUnits());
        assertEquals(Outcome.SPENDING_LIMIT_REACHED, refused.outcome());
        long[] notice = heard.poll(5, TimeUnit.SECONDS);
        assertEquals(ANNA, notice[0]);
        assertTrue(Notices.has((int) notice[1], Notices.SPENDING_LIMIT_REACHED));
        long[] more = heard.poll(200, TimeUnit.MILLISECONDS);
        assertTrue(more == null || !Notices.has((int) more[1], Notices.SPENDING_LIMIT_REACHED), "told once a month");
    }
}
