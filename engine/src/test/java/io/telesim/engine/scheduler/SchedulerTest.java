package io.telesim.engine.scheduler;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestTimes;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.ReplySnapshot;
import io.telesim.engine.clock.ManualClock;

/** Timed work goes through the ring: monthly fees at the new month, expired sessions, expired gifts. */
class SchedulerTest {

    private final Catalog catalog = TestCatalogs.standard();
    private final ManualClock clock = new ManualClock(TestTimes.MID_MARCH);
    private final Engine engine = Engine.inMemory(catalog, clock, EngineSettings.defaults().withMaxAccounts(100).withRingSize(256),
            NotificationSink.NONE);
    private final Scheduler scheduler = new Scheduler(engine, clock, Duration.ofMillis(10), Duration.ofHours(1));
    private long ids;

    @AfterEach
    void close() {
        scheduler.close();
        engine.close();
    }

    private ReplySnapshot call(Command command) {
        try {
            return engine.call(command).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Command command(CommandType type, long msisdn) {
        return new Command().set(type, ++ids, msisdn);
    }

    @Test
    void shouldChargeTheMonthlyFeeOfEveryAccountAfterTheMonthTurns() {
        call(command(CommandType.PROVISION, ANNA).item(catalog.tariffIndex("smart")).amount(200_000));
        call(command(CommandType.PROVISION, BORIS).item(catalog.tariffIndex("smart")).amount(200_000));
        long afterMarch = call(command(CommandType.READ, ANNA)).balance();

        clock.set(TestTimes.at("2025-04-01T00:05"));
        scheduler.runDue();

        assertEquals(afterMarch - 55_000, call(command(CommandType.READ, ANNA)).balance(), "April's 550 ₽");
        assertEquals(afterMarch - 55_000, call(command(CommandType.READ, BORIS)).balance());
        assertEquals(500 * 60, call(command(CommandType.READ, ANNA)).voiceLeft(), "April's whole bundle");
    }

    @Test
    void shouldReleaseASessionWhoseReservationExpired() {
        call(command(CommandType.PROVISION, ANNA).item(catalog.tariffIndex("go")).amount(100_000));
        call(command(CommandType.RESERVE, ANNA).sessionId(5).item(UsageKind.VOICE.ordinal()).other(MOSCOW_OTHER).amount(600));
        call(command(CommandType.UPDATE, ANNA).sessionId(5).amount(120).amount2(60));

        clock.advance(TimeUnit.DAYS.toMillis(1));
        scheduler.runDue();

        ReplySnapshot after = call(command(CommandType.COMMIT, ANNA).sessionId(5).amount(120));
        assertEquals(Outcome.RESERVATION_UNKNOWN, after.outcome(), "the scheduler released it already");
        assertEquals(100_000 - 500, call(command(CommandType.READ, ANNA)).balance(), "the 120 s reported before it expired");
        assertEquals(0, (int) engine.query(view -> view.openSessions()).join());
    }

    @Test
    void shouldGiveExpiredGiftsBackToTheirGiver() {
        call(command(CommandType.PROVISION, ANNA).item(catalog.tariffIndex("go")).amount(10_000_000));
        call(command(CommandType.PROVISION, BORIS).item(catalog.tariffIndex("go")).amount(10_000));
        call(command(CommandType.TOP_UP, ANNA).amount(1_500_000));
        long points = call(command(CommandType.READ, ANNA)).bonusPoints();
        assertTrue(points >= 100, "points to give: " + points);
        ReplySnapshot gift = call(command(CommandType.GIFT_BONUS, ANNA).other(BORIS).amount(100));
        assertEquals(Outcome.OK, gift.outcome());
        assertEquals(points - 100, call(command(CommandType.READ, ANNA)).bonusPoints());

        clock.advance(TimeUnit.DAYS.toMillis(60));
        scheduler.runDue();

        assertEquals(points, call(command(CommandType.READ, ANNA)).bonusPoints());
        assertEquals(Outcome.GIFT_EXPIRED, call(command(CommandType.CLAIM_GIFT, BORIS).amount(gift.giftCode())).outcome());
    }
}
