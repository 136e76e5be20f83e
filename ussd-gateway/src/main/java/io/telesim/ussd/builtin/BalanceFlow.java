package io.telesim.ussd.builtin;

import java.util.concurrent.CompletionStage;

import io.telesim.billing.account.AccountStatus;

/** {@code *100#}: the balance, the bundles left and the tariff, on one last screen. */
final class BalanceFlow implements Flow {

    private final EngineCalls engine;

    BalanceFlow(EngineCalls engine) {
        this.engine = engine;
    }

    @Override
    public CompletionStage<Turn> open(long msisdn, Page back) {
        return engine.withAccount(msisdn, account -> Turn.end(text(account)).now());
    }

    private String text(AccountState account) {
        String text = Wording.balance(account.balance())
                + "\nLeft: " + Wording.minutes(account.voiceLeft()) + " min, " + account.smsLeft() + " SMS, "
                + Wording.megabytes(account.dataLeft()) + " MB"
                + "\nTariff " + engine.catalog().tariff(account.tariff()).name();
        return account.status() == AccountStatus.ACTIVE ? text : text + "\nNumber " + account.status().description();
    }
}
