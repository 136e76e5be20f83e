package io.telesim.simulator.web.money;

/**
 * One top-up by bank card as the web side keeps it. Holds the masked card only: never the full number or
 * the CVC. While the bank waits for its confirmation code, the code is held as a salted hash with the
 * attempts left and the deadline (wall clock); once the payment is settled they are cleared.
 *
 * @param createdAt     wall-clock epoch millis of the request
 * @param amount        kopecks
 * @param card          the masked number, e.g. {@code **** 1111}
 * @param reason        why it was declined, failed or expired; null otherwise
 * @param confirmBefore when an unconfirmed payment expires; 0 when no confirmation is asked
 * @param credited      true once the engine applied the top-up of an approved payment
 */
record CardPayment(long id, long msisdn, long createdAt, long amount, String card, PaymentState state, String reason,
                   String codeSalt, String codeHash, int attemptsLeft, long confirmBefore, boolean credited) {

    static CardPayment approved(long id, long msisdn, long now, long amount, String card) {
        return new CardPayment(id, msisdn, now, amount, card, PaymentState.APPROVED, null, null, null, 0, 0, false);
    }

    static CardPayment declined(long id, long msisdn, long now, long amount, String card, String reason) {
        return new CardPayment(id, msisdn, now, amount, card, PaymentState.DECLINED, reason, null, null, 0, 0, false);
    }

    static CardPayment awaiting(long id, long msisdn, long now, long amount, String card, ConfirmationCode.Hashed code,
                                int attempts, long confirmBefore) {
        return new CardPayment(id, msisdn, now, amount, card, PaymentState.AWAITING_CONFIRMATION, null, code.salt(), code.hash(),
                attempts, confirmBefore, false);
    }

    /** This payment, approved by its code: the code is forgotten. */
    CardPayment approve() {
        return new CardPayment(id, msisdn, createdAt, amount, card, PaymentState.APPROVED, null, null, null, 0, 0, false);
    }

    /** This payment in a final refusal state with its reason: the code is forgotten. */
    CardPayment end(PaymentState finalState, String why) {
        return new CardPayment(id, msisdn, createdAt, amount, card, finalState, why, null, null, 0, 0, credited);
    }

    CardPayment withAttemptsLeft(int attempts) {
        return new CardPayment(id, msisdn, createdAt, amount, card, state, reason, codeSalt, codeHash, attempts, confirmBefore, credited);
    }

    CardPayment markCredited() {
        return new CardPayment(id, msisdn, createdAt, amount, card, state, reason, null, null, 0, 0, true);
    }

    /** True for an approved payment whose top-up the engine has not yet confirmed. */
    boolean needsCrediting() {
        return state == PaymentState.APPROVED && !credited;
    }
}
