package io.telesim.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.SubmitStatus;
import io.telesim.scenarios.check.Ledger;
import io.telesim.scenarios.model.A2pTraffic;
import io.telesim.scenarios.model.Population;
import io.telesim.scenarios.model.Scenario;
import io.telesim.scenarios.model.Traffic;
import io.telesim.simulator.serve.CommandIds;

/**
 * Connects a scenario's subscribers before the run, many commands in flight at once: every number on a tariff of the
 * mix with a drawn opening balance (family owners on the family tariff), then the families' members, the auto top-up
 * rules, and the ESMEs' billing accounts. What the engine refused is counted by reason for the report.
 */
final class Provisioner {

    private static final int IN_FLIGHT = 4_096;

    private final Engine engine;
    private final Catalog catalog;
    private final CommandIds ids;
    private final Ledger ledger;
    private final Semaphore window = new Semaphore(IN_FLIGHT);
    private final Map<String, Integer> refusals = new TreeMap<>();
    private final Command command = new Command();

    Provisioner(Engine engine, Catalog catalog, CommandIds ids, Ledger ledger) {
        this.engine = engine;
        this.catalog = catalog;
        this.ids = ids;
        this.ledger = ledger;
    }

    /** Provisions everything; returns a line per kind of refusal, empty when there was none. */
    List<String> provision(Scenario scenario, SplittableRandom random) throws InterruptedException {
        Population population = scenario.population();
        PopulationPlan plan = new PopulationPlan(population, catalog, random);
        while (plan.next()) {
            long msisdn = plan.msisdn();
            long balance = plan.balance();
            send(command.set(CommandType.PROVISION, ids.next(), msisdn).item(plan.tariff()).amount(balance), "connecting",
                    ok -> ledger.opening(msisdn, balance));
        }
        drain();
        for (int i = 0; i < plan.familySims(); i++) {
            if (i % population.families().size() != 0) {
                long owner = population.number(i - i % population.families().size());
                send(command.set(CommandType.ADD_FAMILY_MEMBER, ids.next(), owner).other(population.number(i)), "adding a family member", null);
            }
        }
        if (population.autoTopUp() != null) {
            for (int i = 0; i < population.count(); i++) {
                if (random.nextDouble() < population.autoTopUp().share()) {
                    send(command.set(CommandType.SET_AUTO_TOP_UP, ids.next(), population.number(i)).amount(population.autoTopUp().belowKopecks())
                            .amount2(population.autoTopUp().amountKopecks()), "setting an auto top-up", null);
                }
            }
        }
        for (Traffic traffic : scenario.traffic()) {
            if (traffic instanceof A2pTraffic a2p) {
                long account = a2p.esme().billingAccount();
                long balance = a2p.esme().billingBalance();
                send(command.set(CommandType.PROVISION, ids.next(), account).item(catalog.defaultTariff()).amount(balance),
                        "connecting ESME billing account", ok -> ledger.opening(account, balance));
            }
        }
        drain();
        List<String> lines = new ArrayList<>();
        synchronized (refusals) {
            refusals.forEach((what, count) -> lines.add(String.format("%,d refused: %s", count, what)));
        }
        return lines;
    }

    /** Sends a command, waiting for room in the window and retrying while the ring is full. */
    private void send(Command filled, String what, LongConsumer onOk) throws InterruptedException {
        window.acquire();
        // a number already connected (a billing account inside the population, say) keeps what it has
        boolean provisioning = filled.type() == CommandType.PROVISION;
        while (true) {
            SubmitStatus status = engine.submit(filled, reply -> {
                Outcome outcome = reply.outcome();
                if (outcome == Outcome.OK) {
                    if (onOk != null) {
                        onOk.accept(reply.msisdn());
                    }
                } else if (!(provisioning && outcome == Outcome.ALREADY_PROVISIONED)) {
                    synchronized (refusals) {
                        refusals.merge(what + " (" + outcome.reason() + ")", 1, Integer::sum);
                    }
                }
                window.release();
            });
            if (status == SubmitStatus.ACCEPTED) {
                return;
            }
            if (status == SubmitStatus.CLOSED) {
                window.release();
                throw new IllegalStateException("the engine stopped while the subscribers were being connected");
            }
            TimeUnit.MILLISECONDS.sleep(1);
        }
    }

    private void drain() throws InterruptedException {
        window.acquire(IN_FLIGHT);
        window.release(IN_FLIGHT);
    }
}
