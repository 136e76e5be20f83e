package io.telesim.billing.rating;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static io.telesim.billing.TestNumbers.LONDON;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static io.telesim.billing.TestNumbers.PETERSBURG_OTHER;
import static io.telesim.billing.TestNumbers.PETERSBURG_OURS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TariffDraft;
import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestOperator;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.BundleScope;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.OperationResult;

/**
 * Usage is paid from the bundles first and with money only beyond them; a bundle pays only for the
 * destinations its scope covers. Subscribers join on the 1st, so they hold the whole month's bundle.
 */
class BundleFirstTest {

    private static final long FIRST_OF_MARCH = TestTimes.at("2025-03-01T09:00");

    private static TestOperator operator(String tariff, UnaryOperator<TariffDraft> change) {
        TestOperator op = new TestOperator(TestCatalogs.builder().tariff(tariff, change).build(), FIRST_OF_MARCH);
        op.subscriber(ANNA, tariff, 100_000);
        return op;
    }

    @Test
    void shouldTakeCallMinutesFromTheBundleBeforeMoney() {
        TestOperator op = operator("smart", UnaryOperator.identity());

        OperationResult call = op.call(ANNA, MOSCOW_OTHER, 61);

        assertEquals(120, call.chargedUnits());
        assertEquals(120, call.bundleUnits());
        assertEquals(0, call.usageMoney());
        assertEquals(0, call.movementCount());
        assertEquals(500 * 60 - 120, op.account(ANNA).voiceLeft());
        assertEquals(45_000, op.account(ANNA).balance(), "1000 ₽ less the 550 ₽ monthly fee, nothing more");
    }

    @Test
    void shouldChargeMoneyOnlyForThePartOfACallBeyondTheBundle() {
        TestOperator op = operator("smart", t -> t.voiceMinutes(2));

        OperationResult call = op.call(ANNA, MOSCOW_OTHER, 150);

        assertEquals(180, call.chargedUnits(), "150 s is three started minutes");
        assertEquals(120, call.bundleUnits());
        assertEquals(250, call.usageMoney(), "the third minute at 2.50 ₽");
        assertEquals(0, op.account(ANNA).voiceLeft());
        assertEquals(45_000 - 250, op.account(ANNA).balance());
        assertTrue(Notices.has(call.notices(), Notices.VOICE_BUNDLE_EXHAUSTED));
    }

    @Test
    void shouldChargeWholeCallsWithMoneyOnceTheBundleIsUsedUp() {
        TestOperator op = operator("smart", t -> t.voiceMinutes(1));
        op.call(ANNA, MOSCOW_OTHER, 60);

        OperationResult call = op.call(ANNA, MOSCOW_OTHER, 61);

        assertEquals(0, call.bundleUnits());
        assertEquals(500, call.usageMoney());
        assertFalse(Notices.has(call.notices(), Notices.VOICE_BUNDLE_EXHAUSTED), "told once, when it ran out");
    }

    @Test
    void shouldNeverPayInternationalCallsFromTheBundle() {
        TestOperator op = operator("smart", UnaryOperator.identity());

        OperationResult call = op.call(ANNA, LONDON, 60);

        assertEquals(0, call.bundleUnits());
        assertEquals(4_900, call.usageMoney());
        assertEquals(500 * 60, op.account(ANNA).voiceLeft());
    }

    @Test
    void shouldPayOnlyOnNetCallsFromAnOnNetBundle() {
        TestOperator op = operator("ours", UnaryOperator.identity());
        AccountRecord anna = op.account(ANNA);
        long balance = anna.balance();

        OperationResult onNet = op.call(ANNA, PETERSBURG_OURS, 61);
        OperationResult offNet = op.call(ANNA, MOSCOW_OTHER, 61);

        assertEquals(120, onNet.bundleUnits());
        assertEquals(0, onNet.usageMoney());
        assertEquals(0, offNet.bundleUnits());
        assertEquals(500, offNet.usageMoney(), "two minutes off-net at 2.50 ₽");
        assertEquals(1_000 * 60 - 120, anna.voiceLeft());
        assertEquals(balance - 500, anna.balance());
    }

    @Test
    void shouldPayOnlyOnNetMessagesFromAnOnNetSmsBundle() {
        TestOperator op = operator("ours", UnaryOperator.identity());
        long balance = op.account(ANNA).balance();

        OperationResult onNet = op.sms(ANNA, BORIS, 1);
        OperationResult offNet = op.sms(ANNA, MOSCOW_OTHER, 1);

        assertEquals(1, onNet.bundleUnits());
        assertEquals(0, offNet.bundleUnits());
        assertEquals(250, offNet.usageMoney());
        assertEquals(99, op.account(ANNA).smsLeft());
        assertEquals(balance - 250, op.account(ANNA).balance());
    }

    @Test
    void shouldPayHomeRegionMessagesFromTheBundleAndOtherRegionsWithMoney() {
        TestOperator op = operator("smart", UnaryOperator.identity());

        OperationResult home = op.sms(ANNA, MOSCOW_OTHER, 1);
        OperationResult away = op.sms(ANNA, PETERSBURG_OTHER, 1);

        assertEquals(1, home.bundleUnits());
        assertEquals(0, home.usageMoney());
        assertEquals(0, away.bundleUnits());
        assertEquals(200, away.usageMoney());
        assertEquals(499, op.account(ANNA).smsLeft());
    }

    @Test
    void shouldSplitAMultipartMessageBetweenTheBundleAndMoney() {
        TestOperator op = operator("smart", t -> t.smsBundle(1, BundleScope.HOME_REGION));

        OperationResult sms = op.sms(ANNA, MOSCOW_OTHER, 3);

        assertEquals(3, sms.chargedUnits());
        assertEquals(1, sms.bundleUnits());
        assertEquals(400, sms.usageMoney(), "two segments at 2.00 ₽");
        assertEquals(0, op.account(ANNA).smsLeft());
        assertTrue(Notices.has(sms.notices(), Notices.SMS_BUNDLE_EXHAUSTED));
    }

    @Test
    void shouldNotSpendBundleMinutesOnCallsTheTariffMakesFree() {
        TestOperator op = operator("smart", t -> t.voiceMinutes(10).voicePrice(io.telesim.billing.number.DestinationClass.ON_NET, 0));

        OperationResult onNet = op.call(ANNA, BORIS, 300);
        OperationResult offNet = op.call(ANNA, MOSCOW_OTHER, 60);

        assertEquals(0, onNet.bundleUnits(), "unlimited on-net calls are not counted against the minutes");
        assertEquals(0, onNet.usageMoney());
        assertEquals(60, offNet.bundleUnits());
        assertEquals(10 * 60 - 60, op.account(ANNA).voiceLeft());
    }

    @Test
    void shouldNotSpendBundleMessagesOnMessagesTheTariffMakesFree() {
        TestOperator op = operator("smart", t -> t.smsPrice(io.telesim.billing.number.DestinationClass.ON_NET, 0));
        int before = op.account(ANNA).smsLeft();

        OperationResult sms = op.sms(ANNA, BORIS, 2);

        assertEquals(0, sms.bundleUnits());
        assertEquals(0, sms.usageMoney());
        assertEquals(before, op.account(ANNA).smsLeft());
    }
}
