package io.telesim.simulator.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.telesim.simulator.yaml.YamlNode;

/**
 * The ids a catalog file defines and the places that refer to them. Ids are checked for repeats as they
 * are defined; references are checked once the whole file is read, because a family tariff may name a
 * leave tariff that comes later.
 */
final class CatalogReferences {

    /** What an id names. */
    enum Kind {
        TARIFF("tariff", "tariffs"),
        SERVICE("service", "services"),
        ADD_ON("add-on", "add-ons");

        private final String singular;
        private final String plural;

        Kind(String singular, String plural) {
            this.singular = singular;
            this.plural = plural;
        }
    }

    private record Reference(Kind kind, YamlNode node, boolean notFamilyTariff) {
    }

    private final Map<Kind, Map<String, YamlNode>> defined = new LinkedHashMap<>();
    private final Set<String> familyTariffs = new HashSet<>();
    private final List<Reference> references = new ArrayList<>();

    CatalogReferences() {
        for (Kind kind : Kind.values()) {
            defined.put(kind, new LinkedHashMap<>());
        }
    }

    /** Records the id written at {@code idNode}; an id used twice is an error. */
    String define(Kind kind, YamlNode idNode) {
        String id = CatalogFields.id(idNode);
        YamlNode first = defined.get(kind).putIfAbsent(id, idNode);
        if (first != null) {
            throw idNode.error(kind.singular + " id '" + id + "' is used twice (first at " + first.path() + ", line " + first.line() + ")");
        }
        return id;
    }

    void familyTariff(String id) {
        familyTariffs.add(id);
    }

    /** Records a reference to be checked by {@link #verify()} and returns the id it names. */
    String refer(Kind kind, YamlNode node) {
        references.add(new Reference(kind, node, false));
        return node.asString();
    }

    /** A reference to a tariff that must not be a family tariff (where a leaving family member goes). */
    String referToNonFamilyTariff(YamlNode node) {
        references.add(new Reference(Kind.TARIFF, node, true));
        return node.asString();
    }

    boolean isDefined(Kind kind, String id) {
        return defined.get(kind).containsKey(id);
    }

    /** Fails on the first reference, in file order, to an id that is not defined. */
    void verify() {
        for (Reference reference : references) {
            String id = reference.node().asString();
            Map<String, YamlNode> ids = defined.get(reference.kind());
            if (!ids.containsKey(id)) {
                throw reference.node().error("unknown " + reference.kind().singular + " '" + id + "'; known "
                        + reference.kind().plural + ": " + (ids.isEmpty() ? "none" : String.join(", ", ids.keySet())));
            }
            if (reference.notFamilyTariff() && familyTariffs.contains(id)) {
                throw reference.node().error("'" + id + "' is a family tariff; a member leaving a family must move to a tariff that is not");
            }
        }
    }
}
