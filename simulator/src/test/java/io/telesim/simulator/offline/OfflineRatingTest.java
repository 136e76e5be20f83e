package io.telesim.simulator.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.number.Msisdn;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.Outcome;
import io.telesim.simulator.catalog.CatalogLoader;

class OfflineRatingTest {

    private static final Catalog CATALOG = CatalogLoader.loadDefault();
    private static final long SMART = Msisdn.parseValue("+7 916 000-00-01");
    private static final long PAYG = Msisdn.parseValue("+7 916 000-00-02");
    private static final long DAILY = Msisdn.parseValue("+7 916 000-00-03");

    private final List<UsageEvent> events = new ArrayList<>();

    @Test
    void shouldTakeCallsFromTheBundleRoundedPerMinuteAndChargeCallsAbroadInMoney() {
        event(UsageKind.VOICE, SMART, "+7 903 123-45-67", "2025-03-10T09:05", 125);
        event(UsageKind.VOICE, SMART, "+44 20 7123 4567", "2025-03-10T09:10", 61);

        RatingResult result = run(List.of(subscriber(SMART, "smart", 60_000)));

        UsageLine offNet = usage(result, SMART, 0);
        assertEquals(DestinationClass.OFF_NET, offNet.destination());
        assertEquals(180, offNet.charged());
        assertEquals(180, offNet.bundleUnits());
        assertEquals(0, offNet.money());
        UsageLine abroad = usage(result, SMART, 1);
        assertEquals(120, abroad.charged(), "61 s per minute costs 2 minutes");
        assertEquals(0, abroad.bundleUnits(), "bundles never cover calls abroad");
        assertEquals(-7_000, abroad.money(), "2 minutes at 35.00");
        // 10 March: 22 of 31 days are left, so the 550.00 fee is 390.33 and the 500 minutes 354.
        AccountSnapshot account = result.accounts().get(0);
        assertEquals(60_000 - 39_033 - 7_000, account.balance());
        assertEquals((354 - 3) * 60, account.voiceLeft());
        assertEquals(14, account.bonusPoints(), "one point per 5.00 spent");
    }

    @Test
    void shouldCutACallShortWhenTheBalanceRunsOutAndThenRefuseWhatCostsMoney() {
        event(UsageKind.VOICE, PAYG, "+7 495 111-22-33", "2025-03-10T10:00", 300);
        event(UsageKind.SMS, PAYG, "0611", "2025-03-10T10:05", 1);
        event(UsageKind.SMS, PAYG, "+7 903 000-00-00", "2025-03-10T10:06", 1);

        RatingResult result = run(List.of(subscriber(PAYG, "payg", 1_000)));

        UsageLine call = usage(result, PAYG, 0);
        assertTrue(call.cutShort());
        assertEquals(240, call.used(), "10.00 at 2.50 a minute, per second, pays for 240 s");
        assertEquals(-1_000, call.money());
        assertEquals(0, call.balanceAfter());
        UsageLine free = usage(result, PAYG, 1);
        assertEquals(Outcome.OK, free.outcome());
        assertEquals(DestinationClass.FREE_SHORT, free.destination());
        UsageLine refused = usage(result, PAYG, 2);
        assertEquals(Outcome.INSUFFICIENT_FUNDS, refused.outcome());
        assertEquals(0, refused.used());
        assertEquals(0, result.accounts().get(0).balance());
    }

    @Test
    void shouldChargeEachDaysFeeOnItsOwnLineAtLocalMidnight() {
        event(UsageKind.SMS, DAILY, "+7 921 555-00-00", "2025-03-10T09:00", 1);
        event(UsageKind.SMS, DAILY, "+7 921 555-00-00", "2025-03-13T10:00", 1);

        RatingResult result = run(List.of(subscriber(DAILY, "daily", 10_000)));

        List<StatementLine> lines = result.statement(DAILY);
        assertEquals(List.of("2025-03-10T09:00 OPENING_BALANCE 10000 10000", "2025-03-10T09:00 TARIFF_FEE -1600 8400",
                "2025-03-10T09:00 e1 0 8400", "2025-03-11T00:00 TARIFF_FEE -1600 6800", "2025-03-12T00:00 TARIFF_FEE -1600 5200",
                "2025-03-13T00:00 TARIFF_FEE -1600 3600", "2025-03-13T10:00 e2 0 3600"), lines.stream().map(OfflineRatingTest::describe).toList());
        assertEquals(70 - 2, result.accounts().get(0).smsLeft(), "100 SMS prorated to 22 of 31 days, less two on-net messages");
    }

    @Test
    void shouldProvisionEveryoneAtTheEarliestEventAndCloseEveryoneAtTheLatest() {
        event(UsageKind.SMS, SMART, "+7 921 555-00-00", "2025-03-12T10:00", 1);
        event(UsageKind.SMS, PAYG, "+7 921 555-00-00", "2025-03-10T08:00", 1);

        RatingResult result = run(List.of(subscriber(SMART, "smart", 60_000), subscriber(DAILY, "daily", 5_000),
                subscriber(PAYG, "payg", 1_000)));

        assertEquals(CATALOG.calendar().format(result.from()), "2025-03-10T08:00");
        assertEquals(CATALOG.calendar().format(result.to()), "2025-03-12T10:00");
        MovementLine opening = (MovementLine) result.statement(SMART).get(0);
        assertEquals("2025-03-10T08:00", CATALOG.calendar().format(opening.time()));
        assertEquals(5_000 - 3 * 1_600, result.accounts().get(1).balance(), "a number with no events pays its daily fee up to the end");
    }

    @Test
    void shouldRateInTimeOrderKeepingFileOrderForEqualTimes() {
        event(UsageKind.SMS, PAYG, "+7 903 000-00-01", "2025-03-10T10:00", 1);
        event(UsageKind.SMS, PAYG, "+7 903 000-00-02", "2025-03-10T10:00", 1);
        event(UsageKind.SMS, PAYG, "+7 903 000-00-03", "2025-03-10T09:00", 1);

        RatingResult result = run(List.of(subscriber(PAYG, "payg", 500)));

        assertEquals(List.of("e3", "e1", "e2"), result.statement(PAYG).stream()
                .filter(UsageLine.class::isInstance).map(l -> ((UsageLine) l).eventId()).toList());
        assertEquals(Outcome.OK, usage(result, PAYG, 0).outcome());
        assertEquals(Outcome.OK, usage(result, PAYG, 1).outcome());
        assertEquals(Outcome.INSUFFICIENT_FUNDS, usage(result, PAYG, 2).outcome(), "5.00 pays for two SMS at 2.50");
    }

    @Test
    void shouldRefuseADestinationTheTariffBars() {
        event(UsageKind.VOICE, DAILY, "+7 701 234-56-78", "2025-03-10T11:00", 30);

        RatingResult result = run(List.of(subscriber(DAILY, "daily", 5_000)));

        assertEquals(Outcome.BARRED_DESTINATION, usage(result, DAILY, 0).outcome());
        assertEquals(DestinationClass.INTERNATIONAL, usage(result, DAILY, 0).destination());
        assertEquals(5_000 - 1_600, result.accounts().get(0).balance());
    }

    @Test
    void shouldBlockANumberWhoseFeeTakesItIntoDebt() {
        event(UsageKind.VOICE, DAILY, "+7 903 123-45-67", "2025-03-10T11:00", 30);

        RatingResult result = run(List.of(subscriber(DAILY, "daily", 0)));

        assertEquals(AccountStatus.BLOCKED_DEBT, result.accounts().get(0).status(), "the 16.00 daily fee took the balance below zero");
        assertEquals(Outcome.BLOCKED, usage(result, DAILY, 0).outcome());
        assertEquals(-1_600, result.accounts().get(0).balance());
    }

    @Test
    void shouldCarryEmergencyCallsWithNothingOnTheBalance() {
        event(UsageKind.VOICE, PAYG, "112", "2025-03-10T11:00", 60);
        event(UsageKind.VOICE, PAYG, "+7 903 123-45-67", "2025-03-10T11:05", 60);

        RatingResult result = run(List.of(subscriber(PAYG, "payg", 0)));

        UsageLine emergency = usage(result, PAYG, 0);
        assertEquals(Outcome.OK, emergency.outcome());
        assertEquals(60, emergency.used());
        assertEquals(0, emergency.money());
        assertEquals(Outcome.INSUFFICIENT_FUNDS, usage(result, PAYG, 1).outcome());
    }

    @Test
    void moneyIsConservedOnEveryStatement() {
        event(UsageKind.VOICE, SMART, "+44 20 7123 4567", "2025-03-30T23:50", 600);
        event(UsageKind.DATA, PAYG, "", "2025-03-31T12:00", 3_000_000);
        event(UsageKind.SMS, DAILY, "+7 903 000-00-00", "2025-04-02T09:00", 3);

        RatingResult result = run(List.of(subscriber(SMART, "smart", 100_000), subscriber(PAYG, "payg", 2_000),
                subscriber(DAILY, "daily", 20_000)));

        for (AccountSnapshot account : result.accounts()) {
            long sum = result.statement(account.msisdn()).stream().mapToLong(StatementLine::money).sum();
            assertEquals(account.balance(), sum, "statement of " + account.msisdn());
        }
        assertTrue(result.statement(SMART).stream().anyMatch(l -> l instanceof MovementLine m && m.kind() == MovementKind.TARIFF_FEE
                && CATALOG.calendar().format(m.time()).equals("2025-04-01T00:00") && m.money() == -55_000), "April's fee is charged on 1 April");
        assertFalse(result.statement(PAYG).stream().anyMatch(l -> l instanceof MovementLine m && m.kind() == MovementKind.TARIFF_FEE));
    }

    private RatingResult run(List<Subscriber> subscribers) {
        return OfflineRating.run(CATALOG, subscribers, events);
    }

    private static Subscriber subscriber(long msisdn, String tariff, long kopecks) {
        return new Subscriber(msisdn, CATALOG.tariffIndex(tariff), kopecks, 0);
    }

    private void event(UsageKind kind, long from, String to, String start, long amount) {
        String id = "e" + (events.size() + 1);
        long party = kind == UsageKind.DATA ? 0 : PartyNumber.parse(to);
        events.add(new UsageEvent(id, kind, from, party, to, EventTime.parse(start, CATALOG.calendar().zone()), amount, events.size() + 2));
    }

    private static UsageLine usage(RatingResult result, long msisdn, int index) {
        return result.statement(msisdn).stream().filter(UsageLine.class::isInstance).map(UsageLine.class::cast).toList().get(index);
    }

    private static String describe(StatementLine line) {
        String time = CATALOG.calendar().format(line.time());
        if (line instanceof MovementLine m) {
            return time + " " + m.kind() + " " + m.money() + " " + m.balanceAfter();
        }
        UsageLine u = (UsageLine) line;
        return time + " " + u.eventId() + " " + u.money() + " " + u.balanceAfter();
    }
}
