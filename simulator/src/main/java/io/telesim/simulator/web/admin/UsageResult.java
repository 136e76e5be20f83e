package io.telesim.simulator.web.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.telesim.billing.money.Money;
import io.telesim.engine.ReplySnapshot;

/**
 * The engine's answer to an injected usage or session command.
 *
 * @param command       the engine command ({@code charge_sms}, {@code charge_session}, {@code reserve}, ...)
 * @param outcome       {@code ok}, or the refusal's code ({@code insufficient_funds}, {@code blocked}, ...)
 * @param reason        the outcome in words
 * @param duplicate     true when this answers a repeated event id: the first answer, nothing charged again
 * @param sessionId     the session of a session command, absent otherwise
 * @param grantedUnits  seconds or bytes the session may use (for a CDR, what was rated: less than used when cut short)
 * @param charged       kopecks of money charged for the usage
 * @param balance       kopecks on the balance after the command
 * @param destination   the destination class of a call or SMS, absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UsageResult(long eventId, String command, String outcome, String reason, boolean duplicate, long number, Long sessionId,
                          long grantedUnits, long usedUnits, long chargedUnits, long bundleUnits, long charged, String chargedText,
                          long balance, String balanceText, String destination, long bonusEarned, long time) {

    static UsageResult of(ReplySnapshot reply, Long sessionId) {
        return new UsageResult(EventIds.eventId(reply.commandId()), AccountDetails.lower(reply.type().name()),
                AccountDetails.lower(reply.outcome().name()), reply.outcome().reason(), reply.duplicate(), reply.msisdn(), sessionId,
                reply.grantedUnits(), reply.usedUnits(), reply.chargedUnits(), reply.bundleUnits(), reply.usageMoney(),
                Money.format(reply.usageMoney()), reply.balance(), Money.format(reply.balance()),
                reply.destinationClass() == null ? null : AccountDetails.lower(reply.destinationClass().name()), reply.bonusEarned(),
                reply.time());
    }
}
