package io.telesim.billing.ops;

import static io.telesim.billing.Movements.amountOf;
import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.MOSCOW;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static io.telesim.billing.TestNumbers.PETERSBURG_OURS;
import static io.telesim.billing.TestNumbers.SAINT_PETERSBURG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestOperator;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/** Connecting a number and paying onto it (F3): top-ups of 10 to 15 000 ₽. */
class TopUpAndProvisioningTest {

    private final TestOperator op = TestOperator.standard();

    @Test
    void shouldOpenTheAccountWithItsOpeningBalanceAsAMovement() {
        OperationResult provisioned = op.provision(PETERSBURG_OURS, "go", 25_000);

        AccountRecord account = op.account(PETERSBURG_OURS);
        assertEquals(Outcome.OK, provisioned.outcome());
        assertEquals(25_000, amountOf(provisioned, MovementKind.OPENING_BALANCE));
        assertEquals(25_000, account.balance());
        assertEquals(AccountStatus.ACTIVE, account.status());
        assertEquals(SAINT_PETERSBURG, account.region());
        assertEquals(op.now(), account.createdAt());
    }

    @Test
    void shouldChargeTheFirstMonthForTheDaysLeft() {
        OperationResult provisioned = op.provision(ANNA, "smart", 100_000);

        assertEquals(39_033, amountOf(provisioned, MovementKind.TARIFF_FEE), "550 ₽ × 22/31 on 10 March");
        assertEquals(354 * 60, op.account(ANNA).voiceLeft());
        assertEquals(MOSCOW, op.account(ANNA).region());
    }

    @Test
    void shouldMakeANumberConnectedOnAFamilyTariffTheOwnerOfAFamilyOfOne() {
        op.provision(ANNA, "family", 200_000);

        AccountRecord owner = op.account(ANNA);
        assertEquals(ANNA, owner.familyOwner());
        assertEquals(1, owner.familySize());
        assertEquals(ANNA, owner.bundleHolder());
    }

    @Test
    void shouldRefuseNumbersOfOtherOperatorsAndNumbersAlreadyConnected() {
        op.subscriber(ANNA, "go", 1_000);
        byte[] before = op.snapshot().get(ANNA);

        assertEquals(Outcome.INVALID_NUMBER, op.provision(MOSCOW_OTHER, "go", 0).outcome());
        assertEquals(Outcome.ALREADY_PROVISIONED, op.provision(ANNA, "smart", 100_000).outcome());
        assertArrayEquals(before, op.snapshot().get(ANNA));
    }

    @Test
    void shouldCreditATopUp() {
        AccountRecord anna = op.subscriber(ANNA, "go", 1_000);

        OperationResult topUp = op.topUp(ANNA, 50_000);

        assertEquals(Outcome.OK, topUp.outcome());
        assertEquals(50_000, amountOf(topUp, ANNA, MovementKind.TOP_UP));
        assertEquals(51_000, anna.balance());
        assertEquals(51_000, topUp.balanceAfter());
        assertEquals(50_000, op.rules().topUps().topUpsLastThreeMonths(anna, op.now()));
    }

    @Test
    void shouldRefuseTopUpsOutsideTheLimits() {
        AccountRecord anna = op.subscriber(ANNA, "go", 1_000);

        assertEquals(Outcome.INVALID_AMOUNT, op.topUp(ANNA, 999).outcome());
        assertEquals(Outcome.INVALID_AMOUNT, op.topUp(ANNA, 1_500_001).outcome());
        assertEquals(Outcome.OK, op.topUp(ANNA, 1_500_000).outcome());
        assertEquals(1_501_000, anna.balance());
    }

    @Test
    void shouldKeepAVoluntaryBlockOnTopUp() {
        AccountRecord anna = op.subscriber(ANNA, "go", 1_000);
        op.block(ANNA);

        op.topUp(ANNA, 10_000);

        assertEquals(AccountStatus.BLOCKED_VOLUNTARY, anna.status());
        assertEquals(11_000, anna.balance());
    }
}
