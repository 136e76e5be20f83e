package io.telesim.simulator.catalog;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.telesim.billing.catalog.AddOn;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.Policies;
import io.telesim.billing.catalog.ServiceSpec;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.number.NumberingPlan;
import io.telesim.billing.time.OperatorCalendar;
import io.telesim.simulator.yaml.YamlFile;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/**
 * Loads a catalog file (YAML) into a {@link Catalog}, checking everything on the way: types, unknown
 * keys, amounts, references between items and the domain's own rules. Every error is a
 * {@link io.telesim.simulator.yaml.YamlException} that names the file, the line and the path of the
 * item, like {@code my-catalog.yaml:23: tariffs[1].prices.voice.onNet: '1.5x' is not an amount in roubles}.
 * The format is described in the default catalog, {@value #DEFAULT_RESOURCE}.
 */
public final class CatalogLoader {

    /** The catalog that ships with Telesim, on the class path. */
    public static final String DEFAULT_RESOURCE = "catalog/default-catalog.yaml";

    private CatalogLoader() {
    }

    public static Catalog loadDefault() {
        return read(YamlFile.readResource(DEFAULT_RESOURCE));
    }

    public static Catalog load(Path file) {
        return read(YamlFile.read(file));
    }

    /** Builds a catalog from a document already read. */
    public static Catalog read(YamlNode root) {
        YamlMap catalog = root.asMap("name", "timeZone", "defaultTariff", "numbering", "tariffs", "services", "addOns", "policies");
        CatalogReferences references = new CatalogReferences();
        String name = catalog.get("name").asString();
        ZoneOffset zone = CatalogFields.offset(catalog.get("timeZone"));
        NumberingPlan numbering = NumberingPlanReader.read(catalog.get("numbering"));

        YamlNode tariffsNode = catalog.get("tariffs");
        List<Tariff> tariffs = new ArrayList<>();
        for (YamlNode item : tariffsNode.asList()) {
            tariffs.add(TariffReader.read(item, references));
        }
        if (tariffs.isEmpty()) {
            throw tariffsNode.error("list at least one tariff");
        }

        List<ServiceSpec> services = new ArrayList<>();
        YamlNode favouritesAt = null;
        for (YamlNode item : catalog.list("services")) {
            if (services.size() == Catalog.MAX_SERVICES) {
                throw item.error("a catalog holds at most " + Catalog.MAX_SERVICES + " services");
            }
            ServiceSpec service = ServiceReader.read(item, references);
            if (service.favourites() != null) {
                if (favouritesAt != null) {
                    throw item.error("only one service may offer favourite numbers; " + favouritesAt.path() + " (line "
                            + favouritesAt.line() + ") already does");
                }
                favouritesAt = item;
            }
            services.add(service);
        }

        List<AddOn> addOns = new ArrayList<>();
        for (YamlNode item : catalog.list("addOns")) {
            addOns.add(AddOnReader.read(item, references));
        }

        Policies policies = PoliciesReader.read(catalog.get("policies"), references);
        String defaultTariff = references.refer(CatalogReferences.Kind.TARIFF, catalog.get("defaultTariff"));
        references.verify();
        return root.build(() -> new Catalog(name, new OperatorCalendar(zone), numbering, tariffs, services, addOns, policies,
                defaultTariff));
    }
}
