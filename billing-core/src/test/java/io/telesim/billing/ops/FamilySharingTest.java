package io.telesim.billing.ops;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static io.telesim.billing.TestNumbers.DARIA;
import static io.telesim.billing.TestNumbers.EGOR;
import static io.telesim.billing.TestNumbers.GLEB;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static io.telesim.billing.TestNumbers.VERA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TariffDraft;
import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestOperator;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * F11: Anna owns a family tariff (900 ₽ a month, 1500 min shared, 200 ₽ per member); Boris joins it.
 * Members use the owner's bundles and pay with their own balance beyond them.
 */
class FamilySharingTest {

    private static final long FIRST_OF_MARCH = TestTimes.at("2025-03-01T09:00");

    private TestOperator op;
    private AccountRecord anna;
    private AccountRecord boris;

    private void family(UnaryOperator<TariffDraft> change) {
        op = new TestOperator(TestCatalogs.builder().tariff("family", change).build(), FIRST_OF_MARCH);
        anna = op.subscriber(ANNA, "family", 200_000);
        boris = op.subscriber(BORIS, "go", 10_000);
        TestOperator.requireOk(op.addMember(ANNA, BORIS), "adding Boris");
    }

    @Test
    void shouldChargeTheOwnerTheMemberFeeWhenAMemberJoins() {
        op = new TestOperator(TestCatalogs.standard(), FIRST_OF_MARCH);
        anna = op.subscriber(ANNA, "family", 200_000);
        boris = op.subscriber(BORIS, "go", 10_000);

        OperationResult join = op.addMember(ANNA, BORIS);

        assertEquals(Outcome.OK, join.outcome());
        assertEquals(1, join.movementCount());
        assertEquals(ANNA, join.movementAccount(0));
        assertEquals(MovementKind.TARIFF_FEE, join.movementKind(0));
        assertEquals(20_000, join.movementAmount(0));
        assertEquals(200_000 - 90_000 - 20_000, anna.balance());
        assertEquals(10_000, boris.balance());
        assertEquals(op.tariff("family"), boris.tariff());
        assertEquals(ANNA, boris.bundleHolder());
        assertEquals(2, anna.familySize());
    }

    @Test
    void shouldPayAMembersCallFromTheOwnersBundle() {
        family(UnaryOperator.identity());

        OperationResult call = op.call(BORIS, MOSCOW_OTHER, 61);

        assertEquals(120, call.bundleUnits());
        assertEquals(0, call.usageMoney());
        assertEquals(1_500 * 60 - 120, anna.voiceLeft());
        assertEquals(0, boris.voiceLeft());
        assertEquals(10_000, boris.balance());
        assertEquals(90_000, anna.balance());
    }

    @Test
    void shouldChargeTheMemberNotTheOwnerBeyondTheSharedBundle() {
        family(t -> t.voiceMinutes(1));

        OperationResult call = op.call(BORIS, MOSCOW_OTHER, 61);

        assertEquals(60, call.bundleUnits());
        assertEquals(200, call.usageMoney(), "the second minute at the family tariff's 2.00 ₽");
        assertEquals(BORIS, call.movementAccount(0));
        assertEquals(10_000 - 200, boris.balance());
        assertEquals(90_000, anna.balance());
        assertEquals(0, anna.voiceLeft());
    }

    @Test
    void shouldShareTheMessagesAndInternetOfTheOwner() {
        family(UnaryOperator.identity());

        op.sms(BORIS, MOSCOW_OTHER, 2);
        op.data(BORIS, 100 * TestCatalogs.KB);

        assertEquals(998, anna.smsLeft());
        assertEquals(40 * TestCatalogs.GB - 100 * TestCatalogs.KB, anna.dataLeft());
        assertEquals(10_000, boris.balance());
    }

    @Test
    void shouldPutAMembersAddOnIntoTheSharedBundles() {
        family(UnaryOperator.identity());

        OperationResult purchase = op.buyAddOn(BORIS, "internet-1gb");

        assertEquals(Outcome.OK, purchase.outcome());
        assertEquals(10_000 - 10_000, boris.balance(), "the member pays");
        assertEquals(TestCatalogs.GB, anna.addOnUnits(0), "the family shares it");
    }

    @Test
    void shouldAllowAtMostFiveSims() {
        family(UnaryOperator.identity());
        for (long member : new long[] {VERA, GLEB, DARIA}) {
            op.subscriber(member, "go", 10_000);
            assertEquals(Outcome.OK, op.addMember(ANNA, member).outcome());
        }
        op.subscriber(EGOR, "go", 10_000);
        byte[] before = op.snapshot().get(ANNA);

        assertEquals(Outcome.FAMILY_FULL, op.addMember(ANNA, EGOR).outcome());
        assertEquals(5, anna.familySize());
        assertArrayEquals(before, op.snapshot().get(ANNA));
    }

    @Test
    void shouldMoveALeavingMemberToPayAsYouGo() {
        family(UnaryOperator.identity());

        OperationResult leave = op.removeMember(ANNA, BORIS);

        assertEquals(Outcome.OK, leave.outcome());
        assertEquals(op.tariff("go"), boris.tariff());
        assertEquals(BORIS, boris.bundleHolder());
        assertEquals(1, anna.familySize());
        assertEquals(153, op.call(BORIS, ANNA, 61).usageMoney(), "per second again: 61 s at 1.50 ₽/min");
    }

    @Test
    void shouldLeaveTheTariffOfAMemberToTheOwner() {
        family(UnaryOperator.identity());

        assertEquals(Outcome.FAMILY_MEMBER, op.changeTariff(BORIS, "smart").outcome());
        assertEquals(Outcome.FAMILY_HAS_MEMBERS, op.changeTariff(ANNA, "smart").outcome());
    }

    @Test
    void shouldNotJoinANumberToATariffThatIsNotAFamilyTariff() {
        op = TestOperator.standard();
        op.subscriber(ANNA, "smart", 100_000);
        op.subscriber(BORIS, "go", 10_000);

        assertEquals(Outcome.NOT_FAMILY_TARIFF, op.addMember(ANNA, BORIS).outcome());
    }

    @Test
    void shouldNotLetAMemberLeaveDuringACallOnTheSharedBundle() {
        family(UnaryOperator.identity());
        long session = op.nextSessionId();
        assertEquals(Outcome.OK, op.reserve(session, BORIS, UsageKind.VOICE, MOSCOW_OTHER, 300).outcome());
        assertEquals(0, boris.reservedMoney(), "the call is all in the bundle");

        assertEquals(Outcome.SESSIONS_OPEN, op.removeMember(ANNA, BORIS).outcome());

        OperationResult commit = op.commit(session, 61);
        assertEquals(120, commit.bundleUnits());
        assertEquals(0, anna.reservedVoice());
        assertEquals(Outcome.OK, op.removeMember(ANNA, BORIS).outcome());
        assertTrue(boris.familyOwner() == 0);
    }

    @Test
    void shouldNotLetAMemberLeaveWhileASessionIsOpenEvenWithNothingGranted() {
        family(UnaryOperator.identity());
        long session = op.nextSessionId();
        op.reserve(session, BORIS, UsageKind.VOICE, MOSCOW_OTHER, 60);
        op.update(session, 0, 0);
        assertEquals(0, anna.reservedVoice(), "the grant shrank to nothing");

        assertEquals(Outcome.SESSIONS_OPEN, op.removeMember(ANNA, BORIS).outcome());

        op.release(session);
        assertEquals(Outcome.OK, op.removeMember(ANNA, BORIS).outcome());
    }
}
