package io.telesim.simulator.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The keys of a YAML map, checked on arrival: every key is a plain name, appears once and (unless the
 * map is open) is one the reader knows. Values are looked up as {@link YamlNode}s that carry their path.
 */
public final class YamlMap {

    private final YamlNode self;
    private final Map<String, YamlNode> values;
    private final List<String> known;

    private YamlMap(YamlNode self, Map<String, YamlNode> values, List<String> known) {
        this.self = self;
        this.values = values;
        this.known = known;
    }

    /** @param known the keys allowed, or null for any */
    static YamlMap of(YamlNode self, MappingNode mapping, List<String> known) {
        Map<String, YamlNode> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            int keyLine = YamlNode.lineOf(tuple.getKeyNode());
            if (!(tuple.getKeyNode() instanceof ScalarNode scalarKey)) {
                throw new YamlException(self.file(), keyLine, self.path(), "a key must be a plain name, not a list or a map");
            }
            String key = scalarKey.getValue();
            YamlNode value = self.child(key, tuple.getValueNode(), keyLine);
            YamlNode first = values.get(key);
            if (first != null) {
                throw new YamlException(self.file(), keyLine, value.path(), "appears twice (first on line " + first.line() + ")");
            }
            if (known != null && !known.contains(key)) {
                throw new YamlException(self.file(), keyLine, value.path(), unknownKey(key, known));
            }
            values.put(key, value);
        }
        return new YamlMap(self, values, known == null ? null : List.copyOf(known));
    }

    /** The map itself, for errors about it as a whole. */
    public YamlNode node() {
        return self;
    }

    /** The keys present, in file order. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** True when {@code key} is present with a value. */
    public boolean has(String key) {
        return find(key).isPresent();
    }

    /** The value of a required key. */
    public YamlNode get(String key) {
        return find(key).orElseThrow(() -> new YamlException(self.file(), self.line(),
                self.path().isEmpty() ? key : self.path() + "." + key, "is required but missing"));
    }

    /** The value of an optional key; empty when it is absent or written with no value. */
    public Optional<YamlNode> find(String key) {
        if (known != null && !known.contains(key)) {
            throw new IllegalStateException("the reader of " + self.path() + " looks up '" + key + "' but does not declare it");
        }
        YamlNode value = values.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** The items of an optional list; empty when the key is absent. */
    public List<YamlNode> list(String key) {
        return find(key).map(YamlNode::asList).orElse(List.of());
    }

    private static String unknownKey(String key, List<String> known) {
        StringBuilder s = new StringBuilder("unknown key");
        String suggestion = closest(key, known);
        if (suggestion != null) {
            s.append(" (did you mean '").append(suggestion).append("'?)");
        }
        return s.append("; known keys: ").append(known.isEmpty() ? "none" : String.join(", ", known)).toString();
    }

    /** A known key the typo is probably meant as: same but for case, or at most two edits away. */
    private static String closest(String key, List<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int distance = candidate.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT)) ? 0 : editDistance(key, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    @Override
    public String toString() {
        return self + " " + new ArrayList<>(values.keySet());
    }
}
