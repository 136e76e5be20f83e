package io.telesim.simulator.catalog;

import java.util.ArrayList;
import java.util.List;

import io.telesim.billing.catalog.Favourites;
import io.telesim.billing.catalog.Fee;
import io.telesim.billing.catalog.ServiceSpec;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/** Reads one item of {@code services}: its USSD code, fees, incompatibilities and favourite-number terms. */
final class ServiceReader {

    private ServiceReader() {
    }

    static ServiceSpec read(YamlNode node, CatalogReferences references) {
        YamlMap service = node.asMap("id", "name", "ussd", "connectionFee", "fee", "incompatibleWith", "favourites");
        String id = references.define(CatalogReferences.Kind.SERVICE, service.get("id"));
        String name = service.get("name").asString();
        String ussd = service.find("ussd").map(ServiceReader::ussdCode).orElse(null);
        long connectionFee = service.find("connectionFee").map(YamlNode::asKopecks).orElse(0L);
        Fee fee = service.find("fee").map(CatalogFields::fee).orElse(Fee.NONE);
        List<String> incompatible = new ArrayList<>();
        for (YamlNode other : service.list("incompatibleWith")) {
            String otherId = references.refer(CatalogReferences.Kind.SERVICE, other);
            if (otherId.equals(id)) {
                throw other.error("a service cannot be incompatible with itself");
            }
            incompatible.add(otherId);
        }
        Favourites favourites = service.find("favourites").map(ServiceReader::favourites).orElse(null);
        return node.build(() -> new ServiceSpec(id, name, ussd, connectionFee, fee, incompatible, favourites));
    }

    /** A USSD code such as {@code *111*828*1#}: starts with * or #, ends with #, digits and * between. */
    private static String ussdCode(YamlNode node) {
        String code = node.asString();
        boolean valid = code.length() >= 3 && (code.charAt(0) == '*' || code.charAt(0) == '#') && code.endsWith("#");
        for (int i = 1; valid && i < code.length() - 1; i++) {
            char c = code.charAt(i);
            valid = c >= '0' && c <= '9' || c == '*';
        }
        if (!valid) {
            throw node.error("'" + code + "' is not a USSD code like \"*111*828*1#\"");
        }
        return code;
    }

    /** {@code {slots: 3, discountPercent: 50}}. */
    private static Favourites favourites(YamlNode node) {
        YamlMap favourites = node.asMap("slots", "discountPercent");
        int slots = favourites.get("slots").asInt(1, Favourites.MAX_SLOTS);
        int discount = favourites.get("discountPercent").asInt(0, 100);
        return node.build(() -> new Favourites(slots, discount));
    }
}
