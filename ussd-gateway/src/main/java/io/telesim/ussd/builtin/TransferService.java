package io.telesim.ussd.builtin;

import java.util.List;
import java.util.concurrent.CompletionStage;

import io.telesim.billing.catalog.TransferPolicy;
import io.telesim.billing.number.Msisdn;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.CommandType;
import io.telesim.ussd.app.UssdDialog;
import io.telesim.ussd.app.UssdRequest;
import io.telesim.ussd.app.UssdService;

/**
 * {@code *112*NUMBER*AMOUNT#}: sends whole roubles to another number of ours after a confirmation.
 * Parameters that are not a number and an amount end the session saying how to dial it.
 */
final class TransferService implements UssdService {

    private static final String HOW = "\nDial *112*number*amount#, e.g. *112*79160000002*50#";

    private final EngineCalls engine;

    TransferService(EngineCalls engine) {
        this.engine = engine;
    }

    @Override
    public UssdDialog open(UssdRequest request) {
        return Conversation.startingAt(() -> start(request.msisdn(), request.code().parameters()));
    }

    private CompletionStage<Turn> start(long msisdn, List<String> parameters) {
        if (parameters.size() != 2) {
            return Turn.end("A transfer needs a number and an amount." + HOW).now();
        }
        long recipient;
        long amount;
        try {
            recipient = Msisdn.parseValue(parameters.get(0));
            amount = Math.multiplyExact(Typed.wholeAmount(parameters.get(1), "amount"), 100L);
        } catch (IllegalArgumentException e) {
            return Turn.end(e.getMessage() + HOW).now();
        }
        TransferPolicy policy = engine.catalog().policies().transfer();
        String to = Wording.number(recipient);
        return Menu.confirm("Transfer " + Wording.money(amount) + " to " + to + "? Fee " + Wording.money(policy.feeFor(amount)) + ".",
                () -> engine.run(engine.command(CommandType.TRANSFER, msisdn).other(recipient).amount(amount),
                        reply -> "Sent " + Wording.money(amount) + " to " + to + ".\n" + Wording.balance(reply.balance()),
                        outcome -> refusal(outcome, policy)));
    }

    /** The engine's reason; for an amount outside the limits, the limits too. */
    private static String refusal(Outcome outcome, TransferPolicy policy) {
        String reason = Wording.refusal(outcome);
        return outcome != Outcome.INVALID_AMOUNT ? reason
                : reason + " A transfer is " + Wording.money(policy.minAmount()) + " to " + Wording.money(policy.maxAmount()) + ".";
    }
}
