package io.telesim.billing.corporate;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static io.telesim.billing.TestNumbers.VERA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestNumbers;
import io.telesim.billing.TestOperator;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.account.BundlePools;
import io.telesim.billing.account.Iccid;
import io.telesim.billing.catalog.UsageUnit;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/** SIM replacement, number replacement, termination and credit limits (C3, C4). */
class AccountMovesTest {

    private final TestOperator op = TestOperator.standard();
    private final OperationResult result = new OperationResult();

    @Test
    void shouldGiveEveryNewNumberItsDefaultSim() {
        assertEquals(Iccid.defaultOf(ANNA, 0), op.subscriber(ANNA, "go", 0).iccid());
    }

    @Test
    void shouldMoveTheNumberToAValidFreeSim() {
        AccountRecord anna = op.subscriber(ANNA, "go", 100);
        long iccid = Iccid.defaultOf(MOSCOW_OTHER, 7);

        assertEquals(Outcome.OK, op.rules().simReplacement().replace(anna, iccid, false, result));
        assertEquals(iccid, anna.iccid());
    }

    @Test
    void shouldRefuseAnInvalidTheSameOrATakenSim() {
        AccountRecord anna = op.subscriber(ANNA, "go", 100);
        long own = anna.iccid();

        assertEquals(Outcome.INVALID_ICCID, op.rules().simReplacement().replace(anna, own + 1, false, result));
        assertEquals(Outcome.SAME_SIM, op.rules().simReplacement().replace(anna, own, false, result));
        assertEquals(Outcome.ICCID_IN_USE, op.rules().simReplacement().replace(anna, Iccid.defaultOf(BORIS, 0), true, result));
        assertEquals(own, anna.iccid());
    }

    @Test
    void shouldMoveTheWholeAccountToTheNewNumber() {
        AccountRecord anna = op.subscriber(ANNA, "smart", 100_000);
        op.call(ANNA, MOSCOW_OTHER, 600);
        op.rules().spendingLimits().set(anna, 5_000, op.now(), new OperationResult());
        op.rules().simReplacement().replace(anna, Iccid.defaultOf(ANNA, 1), false, new OperationResult());
        long voiceLeft = BundlePools.remaining(anna, UsageUnit.VOICE_SECONDS, op.now());
        AccountRecord moved = op.account(VERA);

        assertEquals(Outcome.OK, replace(anna, VERA, false, moved));

        assertEquals(VERA, moved.msisdn());
        assertEquals(anna.balance(), moved.balance());
        assertEquals(voiceLeft, BundlePools.remaining(moved, UsageUnit.VOICE_SECONDS, op.now()));
        assertEquals(anna.tariff(), moved.tariff());
        assertEquals(5_000, moved.spendingLimit());
        assertEquals(Iccid.defaultOf(ANNA, 1), moved.iccid());
        assertEquals(0, result.movementCount(), "a number replacement moves no money");
        byte[] before = bytes(anna);
        byte[] after = bytes(moved);
        Arrays.fill(before, 0, 8, (byte) 0);
        Arrays.fill(after, 0, 8, (byte) 0);
        assertArrayEquals(before, after, "nothing but the number changes (both in the same region)");
    }

    @Test
    void shouldRefuseANumberReplacementToANumberOffOurNetworkOrTaken() {
        AccountRecord anna = op.subscriber(ANNA, "go", 100);
        AccountRecord into = AccountRecord.onHeap();

        assertEquals(Outcome.INVALID_NUMBER, replace(anna, MOSCOW_OTHER, false, into));
        assertEquals(Outcome.INVALID_NUMBER, replace(anna, TestNumbers.LONDON, false, into));
        assertEquals(Outcome.ALREADY_PROVISIONED, replace(anna, BORIS, true, into));
        assertEquals(Outcome.ALREADY_PROVISIONED, replace(anna, ANNA, false, into));
        assertEquals(0, into.msisdn());
    }

    @Test
    void shouldRefuseToMoveOrEndANumberWithOpenSessionsOrInAFamily() {
        AccountRecord anna = op.subscriber(ANNA, "go", 10_000);
        long session = op.nextSessionId();
        op.reserve(session, ANNA, UsageKind.VOICE, MOSCOW_OTHER, 60);
        AccountRecord into = AccountRecord.onHeap();

        assertEquals(Outcome.SESSIONS_OPEN, replace(anna, VERA, false, into));
        assertEquals(Outcome.SESSIONS_OPEN, op.rules().termination().terminate(anna, op.gifts(), result));
        op.commit(session, 10);
        assertEquals(Outcome.OK, op.rules().termination().terminate(anna, op.gifts(), result));

        op.subscriber(BORIS, "family", 200_000);
        AccountRecord member = op.subscriber(TestNumbers.GLEB, "go", 1_000);
        TestOperator.requireOk(op.addMember(BORIS, TestNumbers.GLEB), "family");
        assertEquals(Outcome.FAMILY_HAS_MEMBERS, replace(op.account(BORIS), VERA, false, into));
        assertEquals(Outcome.IN_FAMILY, replace(member, VERA, false, into));
        assertEquals(Outcome.IN_FAMILY, op.rules().termination().terminate(member, op.gifts(), result));
    }

    @Test
    void shouldMoveAFamilyOwnerWithoutMembersAsItsOwnOwner() {
        op.subscriber(BORIS, "family", 200_000);
        AccountRecord into = AccountRecord.onHeap();

        assertEquals(Outcome.OK, replace(op.account(BORIS), VERA, false, into));
        assertEquals(VERA, into.familyOwner());
        assertEquals(VERA, into.bundleHolder());
    }

    @Test
    void shouldLetTheBalanceGoDownToMinusTheCreditLimit() {
        AccountRecord anna = op.subscriber(ANNA, "go", 0);

        assertEquals(Outcome.OK, op.rules().creditLimits().set(anna, 500, op.now(), result));

        assertEquals(120, op.chargeSession(ANNA, UsageKind.VOICE, MOSCOW_OTHER, 600).grantedUnits());
        assertEquals(-500, anna.balance());
        assertEquals(AccountStatus.ACTIVE, anna.status());
    }

    @Test
    void shouldBlockForDebtWhenTheCreditLimitIsLoweredBelowTheDebtAndLiftWhenRaised() {
        AccountRecord anna = op.subscriber(ANNA, "go", 0);
        op.rules().creditLimits().set(anna, 500, op.now(), new OperationResult());
        op.chargeSession(ANNA, UsageKind.VOICE, MOSCOW_OTHER, 120);

        OperationResult lowered = new OperationResult();
        assertEquals(Outcome.OK, op.rules().creditLimits().set(anna, 100, op.now(), lowered));
        assertEquals(AccountStatus.BLOCKED_DEBT, anna.status());
        assertTrue(Notices.has(lowered.notices(), Notices.BLOCKED_FOR_DEBT));

        OperationResult raised = new OperationResult();
        assertEquals(Outcome.OK, op.rules().creditLimits().set(anna, 1_000, op.now(), raised));
        assertEquals(AccountStatus.ACTIVE, anna.status());
        assertTrue(Notices.has(raised.notices(), Notices.UNBLOCKED));
        assertEquals(Outcome.INVALID_AMOUNT, op.rules().creditLimits().set(anna, -1, op.now(), new OperationResult()));
        assertEquals(1_000, anna.creditLimit());
    }

    @Test
    void shouldRefuseToMoveOrEndANumberWhoseBonusGiftIsStillOpen() {
        AccountRecord anna = op.subscriber(ANNA, "go", 1_000);
        op.subscriber(BORIS, "go", 1_000);
        anna.bonusPoints(100);
        assertEquals(Outcome.OK, op.rules().bonus().gift(anna, BORIS, 50, op.now(), op.gifts(), new OperationResult()));

        assertEquals(Outcome.GIFTS_OPEN, replace(anna, VERA, false, AccountRecord.onHeap()));
        assertEquals(Outcome.GIFTS_OPEN, op.rules().termination().terminate(anna, op.gifts(), result));
        assertEquals(Outcome.OK, op.rules().termination().terminate(op.account(BORIS), op.gifts(), result),
                "a gift to a number does not hold it: unclaimed, it returns to the giver");
    }

    private Outcome replace(AccountRecord from, long to, boolean taken, AccountRecord into) {
        return op.rules().numberReplacement().replace(from, to, taken, op.gifts(), into, result);
    }

    private static byte[] bytes(AccountRecord record) {
        byte[] bytes = new byte[AccountRecord.LENGTH];
        record.buffer().getBytes(record.offset(), bytes);
        return bytes;
    }
}
