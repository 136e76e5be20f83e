package io.telesim.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.telesim.billing.catalog.Catalog;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.scenarios.model.A2pTraffic;
import io.telesim.scenarios.model.Population;
import io.telesim.scenarios.model.Scenario;
import io.telesim.scenarios.model.Traffic;
import io.telesim.scenarios.traffic.EnginePort;
import io.telesim.simulator.serve.CommandIds;

/**
 * Connects a scenario's subscribers before the run, many commands in flight at once: every number on a tariff of the
 * mix with a drawn opening balance (family owners on the family tariff), then the families' members, the auto top-up
 * rules, and the ESMEs' billing accounts. Families and auto top-ups are set up only for numbers this run connected (a
 * rerun against the same target finds them set). What the engine refused is counted by reason for the report.
 */
final class Provisioner {

    private static final int IN_FLIGHT = 4_096;

    private final SubscriberConnector connector;
    private final Catalog catalog;
    private final CommandIds ids;
    private final CommandWindow window;
    private final Command command = new Command();

    Provisioner(EnginePort engine, SubscriberConnector connector, Catalog catalog, CommandIds ids) {
        this.connector = connector;
        this.catalog = catalog;
        this.ids = ids;
        this.window = new CommandWindow(engine, IN_FLIGHT);
    }

    /** Provisions everything; returns a line per kind of refusal (and what the connector has to say), empty when all went well. */
    List<String> provision(Scenario scenario, SplittableRandom random) throws InterruptedException {
        Population population = scenario.population();
        PopulationPlan plan = new PopulationPlan(population, catalog, random);
        while (plan.next()) {
            connector.connect(plan.msisdn(), plan.tariff(), plan.balance());
        }
        connector.await();
        for (int i = 0; i < plan.familySims(); i++) {
            if (i % population.families().size() == 0) {
                continue;
            }
            connector.familyMember(population.number(i));
            if (connector.connectedNow(population.number(i))) {
                long owner = population.number(i - i % population.families().size());
                window.send(command.set(CommandType.ADD_FAMILY_MEMBER, ids.next(), owner).other(population.number(i)), "adding a family member",
                        null, null);
            }
        }
        if (population.autoTopUp() != null) {
            for (int i = 0; i < population.count(); i++) {
                if (random.nextDouble() < population.autoTopUp().share() && connector.connectedNow(population.number(i))) {
                    window.send(command.set(CommandType.SET_AUTO_TOP_UP, ids.next(), population.number(i))
                            .amount(population.autoTopUp().belowKopecks()).amount2(population.autoTopUp().amountKopecks()),
                            "setting an auto top-up", null, null);
                }
            }
        }
        for (Traffic traffic : scenario.traffic()) {
            if (traffic instanceof A2pTraffic a2p) {
                connector.connect(a2p.esme().billingAccount(), catalog.defaultTariff(), a2p.esme().billingBalance());
            }
        }
        connector.await();
        window.drain();
        List<String> lines = new ArrayList<>(connector.report());
        lines.addAll(window.refusals());
        return lines;
    }
}
