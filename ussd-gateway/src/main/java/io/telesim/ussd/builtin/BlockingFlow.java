package io.telesim.ussd.builtin;

import java.util.concurrent.CompletionStage;

import io.telesim.billing.account.AccountStatus;
import io.telesim.engine.CommandType;

/** The block item of {@code *111#}: blocks the number (a lost phone) or lifts the subscriber's own block, after a confirmation. */
final class BlockingFlow implements Flow {

    private final EngineCalls engine;

    BlockingFlow(EngineCalls engine) {
        this.engine = engine;
    }

    @Override
    public CompletionStage<Turn> open(long msisdn, Page back) {
        return engine.withAccount(msisdn, account -> {
            Menu menu = Menu.titled("Number " + account.status().description()).back(back);
            if (account.status() == AccountStatus.BLOCKED_VOLUNTARY) {
                menu.item("Unblock", () -> Menu.confirm("Unblock your number?",
                        () -> engine.run(engine.command(CommandType.UNBLOCK, msisdn), reply -> "Your number is unblocked.")));
            } else {
                menu.item("Block", () -> Menu.confirm("Block your number? Calls, SMS and data stop until you unblock it.",
                        () -> engine.run(engine.command(CommandType.BLOCK, msisdn), reply -> "Your number is blocked.")));
            }
            return menu.open();
        });
    }
}
