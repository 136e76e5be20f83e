package io.telesim.simulator.web.admin;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of {@code POST /admin/sms/bulk}: the SMS centre's totals since it started, and each message asked for.
 *
 * @param accepted messages the centre accepted
 * @param finished of those, messages in a final state (delivered, expired, undeliverable, deleted)
 * @param pending  messages still to deliver
 */
public record SmsStates(long accepted, long finished, long pending, List<Message> messages) {

    /**
     * One message.
     *
     * @param found false when the centre does not keep it (an unknown id, or one that ended long ago)
     * @param state its state in lower case ({@code enroute}, {@code delivered}, ...), absent when not found
     * @param payer the number charged for it, 0 for nobody (a message to another network with no link to one)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Message(String id, boolean found, String state, Boolean ended, Long payer) {
    }
}
