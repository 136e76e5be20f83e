package io.telesim.ussd.builtin;

import java.util.concurrent.CompletionStage;

/** {@code *111#}: the main menu; each item opens its flow, whose "0 Back" returns here. */
final class MainMenuFlow implements Flow {

    private final Flow tariff;
    private final Flow services;
    private final Flow addOns;
    private final Flow promisedPayment;
    private final Flow bonus;
    private final Flow blocking;
    private final Flow forwarding;

    MainMenuFlow(Flow tariff, Flow services, Flow addOns, Flow promisedPayment, Flow bonus, Flow blocking, Flow forwarding) {
        this.tariff = tariff;
        this.services = services;
        this.addOns = addOns;
        this.promisedPayment = promisedPayment;
        this.bonus = bonus;
        this.blocking = blocking;
        this.forwarding = forwarding;
    }

    @Override
    public CompletionStage<Turn> open(long msisdn, Page back) {
        Page self = () -> open(msisdn, back);
        return Menu.titled("Telesim")
                .item("Tariff", () -> tariff.open(msisdn, self))
                .item("Services", () -> services.open(msisdn, self))
                .item("Add-ons", () -> addOns.open(msisdn, self))
                .item("Promised payment", () -> promisedPayment.open(msisdn, self))
                .item("Bonus points", () -> bonus.open(msisdn, self))
                .item("Block/unblock", () -> blocking.open(msisdn, self))
                .item("Forwarding", () -> forwarding.open(msisdn, self))
                .back(back)
                .open();
    }
}
