package io.telesim.ussd.builtin;

import java.util.List;
import java.util.concurrent.CompletionStage;

import io.telesim.billing.catalog.ServiceSpec;
import io.telesim.engine.CommandType;

/**
 * The services item of {@code *111#}: every service of the catalog, on or off; choosing one offers to
 * connect or disconnect it after a confirmation. Services' own codes use {@link #connect} and {@link #disconnect}.
 */
final class ServicesFlow implements Flow {

    private final EngineCalls engine;

    ServicesFlow(EngineCalls engine) {
        this.engine = engine;
    }

    @Override
    public CompletionStage<Turn> open(long msisdn, Page back) {
        return engine.withAccount(msisdn, account -> {
            Menu menu = Menu.titled("Services:").back(back);
            List<ServiceSpec> services = engine.catalog().services();
            for (int i = 0; i < services.size(); i++) {
                int index = i;
                boolean on = account.hasService(i);
                menu.item(services.get(i).name() + (on ? ": on" : ": off"), on ? () -> disconnect(msisdn, index) : () -> connect(msisdn, index));
            }
            return menu.open();
        });
    }

    /** Asks, then connects service {@code index}. */
    CompletionStage<Turn> connect(long msisdn, int index) {
        ServiceSpec service = engine.catalog().service(index);
        String price = service.connectionFee() == 0 ? "" : ", " + Wording.money(service.connectionFee()) + " to connect";
        return Menu.confirm("Connect " + service.name() + " (" + Wording.fee(service.fee()) + price + ")?",
                () -> engine.run(engine.command(CommandType.CONNECT_SERVICE, msisdn).item(index),
                        reply -> service.name() + " is connected.\n" + Wording.balance(reply.balance())));
    }

    /** Asks, then disconnects service {@code index}. */
    CompletionStage<Turn> disconnect(long msisdn, int index) {
        ServiceSpec service = engine.catalog().service(index);
        return Menu.confirm("Disconnect " + service.name() + "?",
                () -> engine.run(engine.command(CommandType.DISCONNECT_SERVICE, msisdn).item(index),
                        reply -> service.name() + " is disconnected.\n" + Wording.balance(reply.balance())));
    }
}
