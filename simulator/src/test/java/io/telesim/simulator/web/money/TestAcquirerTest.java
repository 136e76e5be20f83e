package io.telesim.simulator.web.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** The test bank's answers: to a payment the subscriber makes, and to a merchant-initiated one from a linked card. */
class TestAcquirerTest {

    private static final YearMonth MAY_2027 = YearMonth.of(2027, 5);
    private final TestAcquirer bank = new TestAcquirer();

    private TestAcquirer.Decision fromLinked(TestCard token, String expiry) {
        return bank.decideMerchantInitiated(new LinkedCard("**** 0000", expiry, token, 0), MAY_2027);
    }

    @Test
    void aPaymentTheSubscriberMakesWithTheCodeCardAsksForTheCode() {
        assertEquals(TestAcquirer.Answer.ASK_FOR_CODE, bank.decide(TestCard.CONFIRMATION_CODE.digits()).answer());
        assertEquals(TestAcquirer.Answer.APPROVE, bank.decide(TestCard.APPROVED.digits()).answer());
        assertEquals(new TestAcquirer.Decision(TestAcquirer.Answer.DECLINE, TestAcquirer.INSUFFICIENT_FUNDS),
                bank.decide(TestCard.DECLINED.digits()));
        assertEquals(new TestAcquirer.Decision(TestAcquirer.Answer.DECLINE, TestAcquirer.UNKNOWN_CARD), bank.decide("5555555555554444"));
    }

    @Test
    void aMerchantInitiatedPaymentSkipsTheCodeSoTheCodeCardIsApprovedAtOnce() {
        assertEquals(TestAcquirer.Answer.APPROVE, fromLinked(TestCard.APPROVED, "12/39").answer());
        assertEquals(TestAcquirer.Answer.APPROVE, fromLinked(TestCard.CONFIRMATION_CODE, "12/39").answer());
    }

    @Test
    void aMerchantInitiatedPaymentIsDeclinedForTheDeclinedCardAnUnknownCardOrAnExpiredCard() {
        assertEquals(new TestAcquirer.Decision(TestAcquirer.Answer.DECLINE, TestAcquirer.INSUFFICIENT_FUNDS),
                fromLinked(TestCard.DECLINED, "12/39"));
        assertEquals(new TestAcquirer.Decision(TestAcquirer.Answer.DECLINE, TestAcquirer.UNKNOWN_CARD), fromLinked(null, "12/39"));
        assertEquals(new TestAcquirer.Decision(TestAcquirer.Answer.DECLINE, TestAcquirer.CARD_EXPIRED),
                fromLinked(TestCard.APPROVED, "04/27"));
        assertEquals(TestAcquirer.Answer.APPROVE, fromLinked(TestCard.APPROVED, "05/27").answer(), "valid to the end of its month");
    }
}
