package io.telesim.ussd.builtin;

import java.util.List;
import java.util.concurrent.CompletionStage;

import io.telesim.billing.catalog.Tariff;
import io.telesim.engine.CommandType;

/** The tariff item of {@code *111#}: the current tariff, and a change of tariff after a confirmation. */
final class TariffFlow implements Flow {

    private final EngineCalls engine;

    TariffFlow(EngineCalls engine) {
        this.engine = engine;
    }

    @Override
    public CompletionStage<Turn> open(long msisdn, Page back) {
        return engine.withAccount(msisdn, account -> {
            Tariff current = engine.catalog().tariff(account.tariff());
            Page self = () -> open(msisdn, back);
            return Menu.titled("Tariff " + current.name() + ", " + Wording.fee(current.fee()))
                    .item("Change tariff", () -> choose(msisdn, account.tariff(), self))
                    .back(back)
                    .open();
        });
    }

    private CompletionStage<Turn> choose(long msisdn, int current, Page back) {
        Menu menu = Menu.titled("Change to:").back(back);
        List<Tariff> tariffs = engine.catalog().tariffs();
        for (int i = 0; i < tariffs.size(); i++) {
            if (i != current) {
                int index = i;
                menu.item(tariffs.get(i).name() + ", " + Wording.fee(tariffs.get(i).fee()), () -> confirm(msisdn, index));
            }
        }
        return menu.open();
    }

    private CompletionStage<Turn> confirm(long msisdn, int index) {
        Tariff tariff = engine.catalog().tariff(index);
        String switchFee = tariff.switchFee() == 0 ? "" : ", switch fee " + Wording.money(tariff.switchFee());
        return Menu.confirm("Change to " + tariff.name() + " (" + Wording.fee(tariff.fee()) + switchFee + ")?",
                () -> engine.run(engine.command(CommandType.CHANGE_TARIFF, msisdn).item(index),
                        reply -> "Your tariff is now " + tariff.name() + ".\n" + Wording.balance(reply.balance())));
    }
}
