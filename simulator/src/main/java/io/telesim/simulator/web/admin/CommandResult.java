package io.telesim.simulator.web.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.telesim.engine.ReplySnapshot;

/**
 * The engine's whole answer to a command of {@code POST /admin/commands}, field by field as the engine gives it, so a
 * caller can act on it as if it had the reply in hand.
 *
 * @param commandId    the engine's command id of the event (the admin tag and the event id): statement rows carry it
 * @param command      the command in lower case
 * @param outcome      {@code ok}, or the refusal's code
 * @param duplicate    true when this answers a repeated event id: the first answer, nothing applied again
 * @param status       the account's status after the command, absent when the number is not a subscriber
 * @param balance      kopecks on the balance after the command
 * @param grantedUnits seconds or bytes a session may use
 * @param charged      kopecks of money charged for usage
 * @param notices      the engine's notice bits (low balance, bundle used up, ...)
 * @param destination  the destination class of a call or SMS, absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandResult(long eventId, long commandId, String command, String outcome, String reason, boolean duplicate, long number,
                            long time, String status, long balance, long voiceLeft, long smsLeft, long dataLeft, long bonusPoints,
                            long grantedUnits, long usedUnits, long chargedUnits, long bundleUnits, long charged, long bonusEarned,
                            long giftCode, int notices, String destination) {

    static CommandResult of(ReplySnapshot reply) {
        return new CommandResult(EventIds.eventId(reply.commandId()), reply.commandId(), AccountDetails.lower(reply.type().name()),
                AccountDetails.lower(reply.outcome().name()), reply.outcome().reason(), reply.duplicate(), reply.msisdn(), reply.time(),
                reply.status() == null ? null : AccountDetails.lower(reply.status().name()), reply.balance(), reply.voiceLeft(),
                reply.smsLeft(), reply.dataLeft(), reply.bonusPoints(), reply.grantedUnits(), reply.usedUnits(), reply.chargedUnits(),
                reply.bundleUnits(), reply.usageMoney(), reply.bonusEarned(), reply.giftCode(), reply.notices(),
                reply.destinationClass() == null ? null : AccountDetails.lower(reply.destinationClass().name()));
    }
}
