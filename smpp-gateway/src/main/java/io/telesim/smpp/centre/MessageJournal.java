package io.telesim.smpp.centre;

import java.util.List;

/**
 * Where the SMS centre writes down its messages so that a restart (or a crash) does not lose one it
 * has acknowledged: each accepted message before its submit_sm_resp, each replacement, each end.
 */
public interface MessageJournal extends AutoCloseable {

    /** Keeps nothing: messages live in memory only. */
    MessageJournal NONE = new MessageJournal() {
        @Override
        public void accepted(SmsMessage message) {
        }

        @Override
        public void replaced(SmsMessage message) {
        }

        @Override
        public void finished(SmsMessage message) {
        }

        @Override
        public List<SmsMessage> pending() {
            return List.of();
        }

        @Override
        public void close() {
        }
    };

    void accepted(SmsMessage message);

    void replaced(SmsMessage message);

    void finished(SmsMessage message);

    /** The messages accepted and not ended when the journal was opened, as last written. */
    List<SmsMessage> pending();

    @Override
    void close();
}
