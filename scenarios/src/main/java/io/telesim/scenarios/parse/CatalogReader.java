package io.telesim.scenarios.parse;

import java.nio.file.Path;
import java.time.Duration;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.Policies;
import io.telesim.billing.catalog.PromisedPaymentPolicy;
import io.telesim.scenarios.model.CatalogSettings;
import io.telesim.simulator.catalog.CatalogLoader;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/**
 * Reads {@code catalog}: an optional catalog {@code file} (relative to the scenario file) and an optional
 * {@code promised_payment} with {@code min_account_age} (whole days) and {@code min_top_ups} (roubles), and loads
 * the catalog so that the rest of the scenario can be checked against it.
 */
final class CatalogReader {

    private CatalogReader() {
    }

    static CatalogSettings read(YamlNode node, Path baseDirectory) {
        YamlMap map = node.asMap("file", "promised_payment");
        Path file = map.find("file").map(n -> baseDirectory.resolve(n.asString())).orElse(null);
        Integer minAgeDays = null;
        Long minTopUps = null;
        if (map.has("promised_payment")) {
            YamlMap eligibility = map.get("promised_payment").asMap("min_account_age", "min_top_ups");
            if (eligibility.has("min_account_age")) {
                YamlNode age = eligibility.get("min_account_age");
                Duration duration = Values.duration(age);
                if (duration.toSeconds() % 86_400 != 0) {
                    throw age.error("give whole days, like 0 d or 30 d");
                }
                minAgeDays = Math.toIntExact(duration.toDays());
            }
            minTopUps = eligibility.find("min_top_ups").map(YamlNode::asKopecks).orElse(null);
        }
        return new CatalogSettings(file, minAgeDays, minTopUps);
    }

    /** The catalog the settings name, with their changes. */
    static Catalog load(CatalogSettings settings) {
        Catalog catalog = settings.file() == null ? CatalogLoader.loadDefault() : CatalogLoader.load(settings.file());
        if (settings.promisedPaymentMinAgeDays() == null && settings.promisedPaymentMinTopUps() == null) {
            return catalog;
        }
        Policies policies = catalog.policies();
        PromisedPaymentPolicy pp = policies.promisedPayment();
        PromisedPaymentPolicy eased = new PromisedPaymentPolicy(pp.minAmount(), pp.maxAmount(), pp.fees(), pp.dueDays(),
                settings.promisedPaymentMinAgeDays() == null ? pp.minAccountAgeDays() : settings.promisedPaymentMinAgeDays(),
                settings.promisedPaymentMinTopUps() == null ? pp.minTopUpsLastThreeMonths() : settings.promisedPaymentMinTopUps(),
                pp.minBalance());
        Policies changed = new Policies(eased, policies.transfer(), policies.topUp(), policies.bonus(), policies.tariffChange(),
                policies.account());
        return new Catalog(catalog.name(), catalog.calendar(), catalog.numbering(), catalog.tariffs(), catalog.services(),
                catalog.addOns(), changed, catalog.tariffs().get(catalog.defaultTariff()).id());
    }
}
