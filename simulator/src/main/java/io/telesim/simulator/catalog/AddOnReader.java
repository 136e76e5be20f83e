package io.telesim.simulator.catalog;

import io.telesim.billing.catalog.AddOn;
import io.telesim.billing.catalog.UsageUnit;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/** Reads one item of {@code addOns}: a bundle of exactly one of {@code minutes}, {@code sms} or {@code data}. */
final class AddOnReader {

    private AddOnReader() {
    }

    static AddOn read(YamlNode node, CatalogReferences references) {
        YamlMap addOn = node.asMap("id", "name", "minutes", "sms", "data", "price", "validDays");
        String id = references.define(CatalogReferences.Kind.ADD_ON, addOn.get("id"));
        String name = addOn.get("name").asString();
        int holds = (addOn.has("minutes") ? 1 : 0) + (addOn.has("sms") ? 1 : 0) + (addOn.has("data") ? 1 : 0);
        if (holds != 1) {
            throw node.error("an add-on holds exactly one of minutes, sms or data (like data: 5 GB)");
        }
        UsageUnit unit;
        long units;
        if (addOn.has("minutes")) {
            unit = UsageUnit.VOICE_SECONDS;
            units = addOn.get("minutes").asLong(1, Integer.MAX_VALUE / 60) * 60;
        } else if (addOn.has("sms")) {
            unit = UsageUnit.SMS;
            units = addOn.get("sms").asLong(1, Integer.MAX_VALUE);
        } else {
            unit = UsageUnit.DATA_BYTES;
            units = addOn.get("data").asBytes();
        }
        long price = addOn.get("price").asKopecks();
        int validDays = addOn.get("validDays").asInt(1, 3660);
        return node.build(() -> new AddOn(id, name, unit, units, price, validDays));
    }
}
