package io.telesim.scenarios.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.money.Money;
import io.telesim.scenarios.model.A2pTraffic;
import io.telesim.scenarios.model.Scenario;
import io.telesim.scenarios.model.Traffic;
import io.telesim.scenarios.parse.LoadedScenario;

/**
 * Writes a scenario's subscribers as the CSV {@code ./telesim serve --subscribers} reads ({@code msisdn,tariff,balance_rub}),
 * with the tariffs and balances a run would provision and the A2P ESMEs' billing accounts, so that a running operator
 * can be given the population a {@code --target} run expects. Families and auto top-up rules have no column there and
 * are left out.
 */
public final class SubscribersCsv {

    private SubscribersCsv() {
    }

    /** Writes the file; returns how many subscribers it holds. */
    public static int write(LoadedScenario loaded, Path file) throws IOException {
        Scenario scenario = loaded.scenario();
        Catalog catalog = loaded.catalog();
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# The subscribers of scenario " + scenario.name() + " (seed " + scenario.seed() + "), for ./telesim serve --subscribers\n");
            out.write("msisdn,tariff,balance_rub\n");
            PopulationPlan plan = new PopulationPlan(scenario.population(), catalog, new SplittableRandom(scenario.seed()));
            while (plan.next()) {
                out.write(plan.msisdn() + "," + catalog.tariff(plan.tariff()).id() + "," + Money.plain(plan.balance()) + "\n");
                rows++;
            }
            for (Map.Entry<Long, Long> account : billingAccounts(scenario).entrySet()) {
                long first = scenario.population().firstNumber();
                if (account.getKey() < first || account.getKey() >= first + scenario.population().count()) {
                    out.write(account.getKey() + "," + catalog.tariffs().get(catalog.defaultTariff()).id() + ","
                            + Money.plain(account.getValue()) + "\n");
                    rows++;
                }
            }
        }
        return rows;
    }

    private static Map<Long, Long> billingAccounts(Scenario scenario) {
        Map<Long, Long> accounts = new LinkedHashMap<>();
        for (Traffic traffic : scenario.traffic()) {
            if (traffic instanceof A2pTraffic a2p) {
                accounts.putIfAbsent(a2p.esme().billingAccount(), a2p.esme().billingBalance());
            }
        }
        return accounts;
    }
}
