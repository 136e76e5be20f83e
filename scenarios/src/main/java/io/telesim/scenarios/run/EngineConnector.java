package io.telesim.scenarios.run;

import java.util.List;

import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.scenarios.check.Ledger;
import io.telesim.scenarios.traffic.EnginePort;
import io.telesim.simulator.serve.CommandIds;

/**
 * Connects numbers with the engine's PROVISION command, many in flight, noting each opening balance in the ledger. The
 * engine is the run's own, fresh: a number it already has (a billing account inside the population) keeps what it has.
 */
final class EngineConnector implements SubscriberConnector {

    private static final int IN_FLIGHT = 4_096;

    private final CommandWindow window;
    private final CommandIds ids;
    private final Ledger ledger;
    private final Command command = new Command();

    EngineConnector(EnginePort engine, CommandIds ids, Ledger ledger) {
        this.window = new CommandWindow(engine, IN_FLIGHT);
        this.ids = ids;
        this.ledger = ledger;
    }

    @Override
    public void connect(long msisdn, int tariff, long balance) throws InterruptedException {
        window.send(command.set(CommandType.PROVISION, ids.next(), msisdn).item(tariff).amount(balance), "connecting",
                ok -> ledger.opening(msisdn, balance), Outcome.ALREADY_PROVISIONED);
    }

    @Override
    public void await() throws InterruptedException {
        window.drain();
    }

    @Override
    public boolean connectedNow(long msisdn) {
        return true;
    }

    @Override
    public List<String> report() {
        return window.refusals();
    }
}
