package io.telesim.scenarios.parse;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.number.InvalidNumberException;
import io.telesim.billing.number.Msisdn;
import io.telesim.scenarios.model.AutoTopUp;
import io.telesim.scenarios.model.Distribution;
import io.telesim.scenarios.model.Families;
import io.telesim.scenarios.model.FixedValue;
import io.telesim.scenarios.model.Population;
import io.telesim.scenarios.model.WeightedChoice;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/** Reads the {@code subscribers} section, checking tariffs and numbers against the catalog. */
final class PopulationReader {

    static final String DEFAULT_FIRST_NUMBER = "+7 916 200-00-00";
    static final long DEFAULT_BALANCE = 300_00;
    static final int MAX_SUBSCRIBERS = 5_000_000;

    private PopulationReader() {
    }

    static Population read(YamlNode node, Catalog catalog) {
        YamlMap map = node.asMap("count", "first_number", "tariffs", "balance", "auto_top_up", "families");
        int count = map.get("count").asInt(1, MAX_SUBSCRIBERS);
        long first = map.find("first_number").map(PopulationReader::number).orElse(Msisdn.parseValue(DEFAULT_FIRST_NUMBER));
        YamlNode numbersAt = map.find("first_number").orElse(map.get("count"));
        if (!Msisdn.isValid(first + count - 1)) {
            throw numbersAt.error(count + " numbers from " + first + " run past the last Russian number");
        }
        if (!catalog.numbering().isOnNet(first) || !catalog.numbering().isOnNet(first + count - 1)
                || catalog.numbering().regionOf(first) != catalog.numbering().regionOf(first + count - 1)) {
            throw numbersAt.error("the numbers " + first + " to " + (first + count - 1)
                    + " must all be ours, in one region of the catalog's numbering plan");
        }
        WeightedChoice<String> tariffs = map.find("tariffs").map(n -> tariffs(n, catalog))
                .orElse(WeightedChoice.only(catalog.tariffs().get(catalog.defaultTariff()).id()));
        Distribution balance = map.find("balance").map(n -> DistributionReader.read(n, Quantity.MONEY)).orElse(new FixedValue(DEFAULT_BALANCE));
        AutoTopUp autoTopUp = map.find("auto_top_up").map(PopulationReader::autoTopUp).orElse(null);
        Families families = map.find("families").map(n -> families(n, catalog)).orElse(null);
        return new Population(count, first, tariffs, balance, autoTopUp, families);
    }

    private static long number(YamlNode node) {
        try {
            return Msisdn.parseValue(node.asString());
        } catch (InvalidNumberException e) {
            throw node.error(e.getMessage());
        }
    }

    private static WeightedChoice<String> tariffs(YamlNode node, Catalog catalog) {
        return ChoiceReader.read(node, node.asOpenMap(), (id, value) -> {
            if (catalog.tariffIndex(id) < 0) {
                throw value.error("no tariff '" + id + "' in catalog '" + catalog.name() + "'; its tariffs: "
                        + String.join(", ", catalog.tariffs().stream().map(Tariff::id).toList()));
            }
            return id;
        });
    }

    private static AutoTopUp autoTopUp(YamlNode node) {
        YamlMap map = node.asMap("share", "below", "amount");
        long amount = map.get("amount").asKopecks();
        if (amount == 0) {
            throw map.get("amount").error("must be more than 0.00");
        }
        return new AutoTopUp(Values.share(map.get("share")), map.get("below").asKopecks(), amount);
    }

    private static Families families(YamlNode node, Catalog catalog) {
        YamlMap map = node.asMap("share", "size", "tariff");
        String tariff = map.find("tariff").map(YamlNode::asString).orElseGet(() -> firstFamilyTariff(node, catalog));
        int index = catalog.tariffIndex(tariff);
        if (index < 0 || !catalog.tariff(index).isFamily()) {
            throw map.find("tariff").orElse(node).error("'" + tariff + "' is not a family tariff of catalog '" + catalog.name() + "'");
        }
        int maxSims = catalog.tariff(index).family().maxSims();
        int size = map.get("size").asInt(2, maxSims);
        return new Families(Values.share(map.get("share")), size, tariff);
    }

    private static String firstFamilyTariff(YamlNode node, Catalog catalog) {
        return catalog.tariffs().stream().filter(Tariff::isFamily).map(Tariff::id).findFirst()
                .orElseThrow(() -> node.error("catalog '" + catalog.name() + "' has no family tariff"));
    }
}
