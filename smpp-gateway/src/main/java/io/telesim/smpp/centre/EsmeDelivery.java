package io.telesim.smpp.centre;

import java.util.function.IntConsumer;

/** How the SMS centre reaches bound ESMEs: messages for their short numbers, and receipts. */
public interface EsmeDelivery {

    EsmeDelivery NONE = new EsmeDelivery() {
        @Override
        public boolean deliver(String systemId, SmsMessage message, IntConsumer onResponse) {
            return false;
        }

        @Override
        public void receipt(String systemId, SmsMessage message) {
        }
    };

    /**
     * Sends {@code message} as deliver_sm to a receiving bind of {@code systemId}; false at once when none
     * is bound. {@code onResponse} gets the deliver_sm_resp command_status (or ESME_RSYSERR when the
     * session failed before answering).
     */
    boolean deliver(String systemId, SmsMessage message, IntConsumer onResponse);

    /** Queues the delivery receipt of {@code message} for {@code systemId}, sent when it has a receiving bind. */
    void receipt(String systemId, SmsMessage message);
}
