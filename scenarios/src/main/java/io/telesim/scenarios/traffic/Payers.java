package io.telesim.scenarios.traffic;

import io.telesim.smpp.centre.SmsCentre;
import io.telesim.smpp.centre.SmsMessage;

/**
 * Who the SMS centre charges for an accepted message: a message it cannot deliver (to another network with no link
 * to one) is accepted but charged to nobody, so the runner expects no charge for it. The embedded operator's centre
 * says so per message; for a remote one the runner assumes the sender pays.
 */
@FunctionalInterface
public interface Payers {

    /** The payer of accepted message {@code messageId}, which the runner expected to be {@code expected}; 0 for nobody. */
    long payerOf(String messageId, long expected);

    /** The runner's expectation, unchecked. */
    Payers AS_EXPECTED = (messageId, expected) -> expected;

    /** What {@code centre} decided when it accepted the message. */
    static Payers of(SmsCentre centre) {
        return (messageId, expected) -> {
            SmsMessage message = centre.find(messageId);
            return message == null ? expected : message.payer();
        };
    }
}
