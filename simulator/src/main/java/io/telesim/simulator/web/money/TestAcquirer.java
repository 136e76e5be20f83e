package io.telesim.simulator.web.money;

import java.time.YearMonth;

/**
 * The simulated bank behind card top-ups and auto top-ups: it answers by the card alone, like a payment
 * provider's test mode (see {@link TestCard}). Its confirmation codes go out as SMS from {@link #SMS_SENDER}.
 */
final class TestAcquirer {

    /** The sender name of the bank's SMS. */
    static final String SMS_SENDER = "Bank";
    static final String INSUFFICIENT_FUNDS = "insufficient funds at the bank";
    static final String UNKNOWN_CARD = "the test bank does not know this card: pay with one of the test cards";
    static final String CARD_EXPIRED = "the linked card has expired";

    /** What the bank does with a payment. */
    enum Answer { APPROVE, DECLINE, ASK_FOR_CODE }

    /** The bank's answer, and for a decline its reason. */
    record Decision(Answer answer, String reason) {
    }

    Decision decide(String digits) {
        TestCard card = TestCard.of(digits);
        if (card == null) {
            return new Decision(Answer.DECLINE, UNKNOWN_CARD);
        }
        return switch (card) {
            case APPROVED -> new Decision(Answer.APPROVE, null);
            case DECLINED -> new Decision(Answer.DECLINE, INSUFFICIENT_FUNDS);
            case CONFIRMATION_CODE -> new Decision(Answer.ASK_FOR_CODE, null);
        };
    }

    /**
     * The bank's answer to a merchant-initiated payment from a linked card (an auto top-up): nobody is there to
     * type a code, so the recurring payment skips 3-D Secure and the confirmation-code card is approved at once.
     */
    Decision decideMerchantInitiated(LinkedCard card, YearMonth month) {
        if (card.expiredBy(month)) {
            return new Decision(Answer.DECLINE, CARD_EXPIRED);
        }
        if (card.token() == null) {
            return new Decision(Answer.DECLINE, UNKNOWN_CARD);
        }
        return switch (card.token()) {
            case APPROVED, CONFIRMATION_CODE -> new Decision(Answer.APPROVE, null);
            case DECLINED -> new Decision(Answer.DECLINE, INSUFFICIENT_FUNDS);
        };
    }
}
