package io.telesim.billing.rating;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static io.telesim.billing.TestTimes.SECOND;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestOperator;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * Online charging of calls: a session is granted what bundles plus balance can pay for, updated as it
 * goes, committed at the end; what was held and not used goes back. On pay-as-you-go, off-net calls
 * cost 2.50 ₽ a minute, per second, so 5.00 ₽ pays for exactly 120 seconds.
 */
class ReservationTest {

    private final TestOperator op = TestOperator.standard();

    @Test
    void shouldGrantNothingWhenNeitherBundleNorMoneyCanPay() {
        op.subscriber(ANNA, "go", 0);
        byte[] before = op.snapshot().get(ANNA);

        OperationResult reserve = op.reserve(op.nextSessionId(), ANNA, UsageKind.VOICE, MOSCOW_OTHER, 300);

        assertEquals(Outcome.INSUFFICIENT_FUNDS, reserve.outcome());
        assertEquals(0, reserve.grantedUnits());
        assertArrayEquals(before, op.snapshot().get(ANNA));
    }

    @Test
    void shouldGrantOnlyWhatTheBalanceCanPayAndHoldThatMoney() {
        AccountRecord anna = op.subscriber(ANNA, "go", 500);
        long session = op.nextSessionId();

        OperationResult reserve = op.reserve(session, ANNA, UsageKind.VOICE, MOSCOW_OTHER, 600);

        assertEquals(Outcome.OK, reserve.outcome());
        assertEquals(120, reserve.grantedUnits());
        assertEquals(500, op.reservation(session).heldMoney());
        assertEquals(500, anna.reservedMoney());
        assertEquals(0, anna.spendableMoney());
        assertEquals(500, anna.balance(), "holding is not charging");
    }

    @Test
    void shouldGrantTheBundleAndTheMoneyTogether() {
        TestOperator smart = new TestOperator(TestCatalogs.builder().tariff("smart", t -> t.voiceMinutes(2)).build(),
                TestTimes.at("2025-03-01T09:00"));
        smart.subscriber(ANNA, "smart", 55_500);
        long session = smart.nextSessionId();

        OperationResult reserve = smart.reserve(session, ANNA, UsageKind.VOICE, MOSCOW_OTHER, 1_000);

        assertEquals(240, reserve.grantedUnits(), "two bundle minutes and two paid with 5.00 ₽");
        assertEquals(120, smart.reservation(session).heldBundle());
        assertEquals(500, smart.reservation(session).heldMoney());
        assertEquals(120, smart.account(ANNA).reservedVoice());
    }

    @Test
    void shouldExtendTheGrantAndItsValidityOnUpdate() {
        AccountRecord anna = op.subscriber(ANNA, "go", 10_000);
        long session = op.nextSessionId();
        op.reserve(session, ANNA, UsageKind.VOICE, MOSCOW_OTHER, 60);
        op.advance(50 * SECOND);

        OperationResult update = op.update(session, 50, 60);

        assertEquals(Outcome.OK, update.outcome());
        assertEquals(110, update.grantedUnits());
        assertEquals(50, op.reservation(session).reported());
        assertEquals(459, anna.reservedMoney(), "110 s at 2.50 ₽/min, rounded up");
        assertEquals(op.now() + 600 * SECOND, op.reservation(session).expiresAt());
    }

    @Test
    void shouldChargeWhatWasUsedAndReleaseTheRestOnCommit() {
        AccountRecord anna = op.subscriber(ANNA, "go", 10_000);
        long session = op.nextSessionId();
        op.reserve(session, ANNA, UsageKind.VOICE, MOSCOW_OTHER, 300);
        assertEquals(1_250, anna.reservedMoney());

        OperationResult commit = op.commit(session, 100);

        assertEquals(100, commit.usedUnits());
        assertEquals(417, commit.usageMoney(), "100 s at 2.50 ₽/min is 4.1667 ₽, rounded up");
        assertEquals(0, anna.reservedMoney());
        assertEquals(10_000 - 417, anna.balance());
        assertEquals(0, op.reservations().size());
    }

    @Test
    void shouldTellTheNetworkToEndTheCallWhenMoneyRunsOut() {
        op.subscriber(ANNA, "go", 500);
        long session = op.nextSessionId();
        op.reserve(session, ANNA, UsageKind.VOICE, MOSCOW_OTHER, 60);

        OperationResult more = op.update(session, 60, 120);
        OperationResult last = op.update(session, 120, 60);

        assertEquals(120, more.grantedUnits(), "all that 5.00 ₽ pays for");
        assertEquals(120, last.grantedUnits(), "the grant equals the usage: end the call");
        assertEquals(500, op.commit(session, 120).usageMoney());
        assertEquals(0, op.account(ANNA).balance());
    }

    @Test
    void shouldNeverChargeMoreThanWasGranted() {
        op.subscriber(ANNA, "go", 500);
        long session = op.nextSessionId();
        op.reserve(session, ANNA, UsageKind.VOICE, MOSCOW_OTHER, 600);

        OperationResult commit = op.commit(session, 900);

        assertEquals(120, commit.usedUnits());
        assertEquals(500, commit.usageMoney());
        assertEquals(0, op.account(ANNA).balance());
    }

    @Test
    void shouldKeepAReservationUntilItsValidityRunsOut() {
        op.subscriber(ANNA, "go", 10_000);
        long session = op.nextSessionId();
        op.reserve(session, ANNA, UsageKind.VOICE, MOSCOW_OTHER, 300);
        op.advance(599 * SECOND);

        assertTrue(op.releaseExpired().isEmpty());
        assertEquals(1, op.reservations().size());
    }

    @Test
    void shouldChargeTheLastReportedUsageWhenAnExpiredReservationIsReleased() {
        AccountRecord anna = op.subscriber(ANNA, "go", 10_000);
        long session = op.nextSessionId();
        op.reserve(session, ANNA, UsageKind.VOICE, MOSCOW_OTHER, 120);
        op.advance(90 * SECOND);
        op.update(session, 90, 120);
        op.advance(600 * SECOND);

        List<OperationResult> released = op.releaseExpired();

        assertEquals(1, released.size());
        assertEquals(90, released.get(0).usedUnits());
        assertEquals(375, released.get(0).usageMoney(), "90 s at 2.50 ₽/min");
        assertEquals(0, anna.reservedMoney());
        assertEquals(10_000 - 375, anna.balance());
        assertEquals(0, op.reservations().size());
    }

    @Test
    void shouldChargeNothingForAnExpiredReservationThatNeverReportedUsage() {
        AccountRecord anna = op.subscriber(ANNA, "go", 10_000);
        op.reserve(op.nextSessionId(), ANNA, UsageKind.VOICE, MOSCOW_OTHER, 120);
        op.advance(600 * SECOND);

        OperationResult released = op.releaseExpired().get(0);

        assertEquals(0, released.usageMoney());
        assertEquals(0, anna.reservedMoney());
        assertEquals(10_000, anna.balance());
    }

    @Test
    void shouldKeepChargingReportedSecondsWhenADailyFeeTookTheMoneyDuringTheCall() {
        TestOperator ours = new TestOperator(TestCatalogs.standard(), TestTimes.at("2025-03-10T23:58"));
        AccountRecord anna = ours.subscriber(ANNA, "ours", 2_000);
        long session = ours.nextSessionId();
        assertEquals(240, ours.reserve(session, ANNA, UsageKind.VOICE, MOSCOW_OTHER, 600).grantedUnits(), "10.10 ₽ pay 4 minutes");
        ours.now(TestTimes.at("2025-03-11T00:00"));
        ours.dailyCycle(ANNA);
        assertEquals(20, anna.balance(), "the 9.90 ₽ fee for 11 March was taken during the call");

        OperationResult update = ours.update(session, 120, 60);

        assertEquals(120, update.grantedUnits(), "no more, but never less than what was used");
        OperationResult commit = ours.commit(session, 120);
        assertEquals(120, commit.usedUnits());
        assertEquals(500, commit.usageMoney(), "two minutes off-net at 2.50 ₽");
        assertEquals(0, anna.reservedMoney());
    }

    @Test
    void shouldRefuseToUpdateASessionThatIsNotOpen() {
        AccountRecord anna = op.subscriber(ANNA, "go", 10_000);
        AccountRecord holder = op.holderOf(ANNA);
        OperationResult result = new OperationResult();

        Outcome outcome = op.rules().rater().update(anna, holder, ReservationRecord.onHeap(), 10, 10, op.now(), result);

        assertEquals(Outcome.RESERVATION_UNKNOWN, outcome);
        assertEquals(Outcome.RESERVATION_UNKNOWN,
                op.rules().rater().commit(anna, holder, ReservationRecord.onHeap(), 10, op.now(), new OperationResult()));
    }

    @Test
    void shouldRefuseAnEmptyRequest() {
        op.subscriber(ANNA, "go", 10_000);

        assertEquals(Outcome.INVALID_AMOUNT, op.reserve(op.nextSessionId(), ANNA, UsageKind.VOICE, MOSCOW_OTHER, 0).outcome());
        assertEquals(0, op.account(ANNA).reservedMoney());
    }

    @Test
    void shouldNotOpenTheSameSessionTwice() {
        op.subscriber(ANNA, "go", 10_000);
        long session = op.nextSessionId();
        op.reserve(session, ANNA, UsageKind.VOICE, MOSCOW_OTHER, 60);

        assertEquals(Outcome.RESERVATION_EXISTS, op.reserve(session, ANNA, UsageKind.VOICE, MOSCOW_OTHER, 60).outcome());
        assertEquals(250, op.account(ANNA).reservedMoney());
    }

    @Test
    void shouldRefuseASessionBeyondTheMostANumberMayHaveOpen() {
        op.subscriber(ANNA, "go", 1_000_000);
        for (int i = 0; i < io.telesim.billing.account.AccountRecord.MAX_OPEN_SESSIONS; i++) {
            assertEquals(Outcome.OK, op.reserve(op.nextSessionId(), ANNA, UsageKind.DATA, 0, 1_000).outcome());
        }

        assertEquals(Outcome.RESERVATIONS_FULL, op.reserve(op.nextSessionId(), ANNA, UsageKind.DATA, 0, 1_000).outcome());
        assertEquals(io.telesim.billing.account.AccountRecord.MAX_OPEN_SESSIONS, op.account(ANNA).openSessions());
    }
}
