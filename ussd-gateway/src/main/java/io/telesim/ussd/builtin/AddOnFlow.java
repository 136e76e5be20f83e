package io.telesim.ussd.builtin;

import java.util.List;
import java.util.concurrent.CompletionStage;

import io.telesim.billing.catalog.AddOn;
import io.telesim.engine.CommandType;

/** The add-ons item of {@code *111#}: the catalog's add-on bundles, bought after a confirmation. */
final class AddOnFlow implements Flow {

    private final EngineCalls engine;

    AddOnFlow(EngineCalls engine) {
        this.engine = engine;
    }

    @Override
    public CompletionStage<Turn> open(long msisdn, Page back) {
        Menu menu = Menu.titled("Add-ons:").back(back);
        List<AddOn> addOns = engine.catalog().addOns();
        for (int i = 0; i < addOns.size(); i++) {
            int index = i;
            AddOn addOn = addOns.get(i);
            menu.item(addOn.name() + ", " + Wording.money(addOn.price()) + ", " + days(addOn.validDays()), () -> confirm(msisdn, index));
        }
        return menu.open();
    }

    private CompletionStage<Turn> confirm(long msisdn, int index) {
        AddOn addOn = engine.catalog().addOn(index);
        return Menu.confirm("Buy " + addOn.name() + " for " + Wording.money(addOn.price()) + "?",
                () -> engine.run(engine.command(CommandType.BUY_ADD_ON, msisdn).item(index),
                        reply -> addOn.name() + " is added.\n" + Wording.balance(reply.balance())));
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
