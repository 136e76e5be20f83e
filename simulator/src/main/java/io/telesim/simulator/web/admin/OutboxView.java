package io.telesim.simulator.web.admin;

import java.util.List;
import java.util.Optional;

/**
 * What the admin API reads of the operator's e-mail outbox (statements ordered by e-mail and other mail the
 * operator "sends" without sending it anywhere). The mail side provides it.
 */
public interface OutboxView {

    /** No outbox: empty. */
    OutboxView NONE = new OutboxView() {
        @Override
        public List<Mail> list(int limit) {
            return List.of();
        }

        @Override
        public Optional<Mail> get(String id) {
            return Optional.empty();
        }
    };

    /** The newest {@code limit} messages, newest first. */
    List<Mail> list(int limit);

    Optional<Mail> get(String id);

    /**
     * One e-mail as it lies in the outbox.
     *
     * @param time        when it was "sent", epoch milliseconds
     * @param attachments the names of its attachments
     */
    record Mail(String id, String to, String subject, String body, List<String> attachments, long time) {
    }
}
