package io.telesim.ussd.builtin;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import io.telesim.billing.account.ForwardingCondition;
import io.telesim.billing.number.PartyNumber;
import io.telesim.engine.CommandType;

/** The forwarding item of {@code *111#}: where calls go now; set a forwarding (confirmed) or clear one. */
final class ForwardingFlow implements Flow {

    private final EngineCalls engine;

    ForwardingFlow(EngineCalls engine) {
        this.engine = engine;
    }

    @Override
    public CompletionStage<Turn> open(long msisdn, Page back) {
        return engine.withAccount(msisdn, account -> {
            StringBuilder now = new StringBuilder("Forwarding:");
            for (ForwardingCondition condition : ForwardingCondition.values()) {
                long target = account.forwarding(condition);
                now.append('\n').append(Wording.capitalised(Wording.condition(condition))).append(": ").append(target == 0 ? "off" : Wording.number(target));
            }
            Page self = () -> open(msisdn, back);
            return Menu.titled(now.toString())
                    .item("Set", () -> set(msisdn, self))
                    .item("Clear", () -> pick("Stop forwarding:", self, condition -> clear(msisdn, condition)))
                    .back(back)
                    .open();
        });
    }

    private CompletionStage<Turn> set(long msisdn, Page back) {
        return pick("Forward calls:", back, condition -> askTarget(msisdn, condition, () -> set(msisdn, back)));
    }

    private static CompletionStage<Turn> pick(String heading, Page back, Function<ForwardingCondition, CompletionStage<Turn>> then) {
        Menu menu = Menu.titled(heading).back(back);
        for (ForwardingCondition condition : ForwardingCondition.values()) {
            menu.item(Wording.capitalised(Wording.condition(condition)), () -> then.apply(condition));
        }
        return menu.open();
    }

    private CompletionStage<Turn> askTarget(long msisdn, ForwardingCondition condition, Page back) {
        return Prompt.ask("Forward calls " + Wording.condition(condition) + " to which number?", back, PartyNumber::parse,
                target -> Menu.confirm("Forward calls " + Wording.condition(condition) + " to " + Wording.number(target) + "?",
                        () -> engine.run(engine.command(CommandType.SET_FORWARDING, msisdn).item(condition.ordinal()).other(target),
                                reply -> "Calls " + Wording.condition(condition) + " now go to " + Wording.number(target) + ".")));
    }

    private CompletionStage<Turn> clear(long msisdn, ForwardingCondition condition) {
        return engine.run(engine.command(CommandType.CLEAR_FORWARDING, msisdn).item(condition.ordinal()),
                reply -> "Calls " + Wording.condition(condition) + " are no longer forwarded.");
    }
}
