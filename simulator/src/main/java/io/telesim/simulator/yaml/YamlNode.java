package io.telesim.simulator.yaml;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import io.telesim.billing.money.Money;

/**
 * One value of a YAML document with where it came from (file, line, path such as
 * {@code tariffs[1].prices.voice.onNet}), read through typed accessors that fail with a
 * {@link YamlException} naming that place.
 *
 * <p>Scalars are always read from their text as written, never through YAML's own typing: {@code 1.50}
 * is exactly 150 kopecks, {@code 0611} stays {@code 0611}, and {@code no} is text unless a boolean is asked for.
 */
public final class YamlNode {

    private final String file;
    private final String path;
    private final Node node;
    private final int line;

    YamlNode(String file, String path, Node node) {
        this(file, path, node, lineOf(node));
    }

    private YamlNode(String file, String path, Node node, int line) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** Where this value is in the document, like {@code tariffs[1].fee}; empty for the document itself. */
    public String path() {
        return path;
    }

    /**
     * The 1-based line of the value; for the value of a map key, the key's line, so that an error
     * about a whole block (like {@code promisedPayment:}) points at its name, not at its first entry.
     */
    public int line() {
        return line;
    }

    static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** An error about this value: {@code FILE:LINE: PATH: problem}. */
    public YamlException error(String problem) {
        return new YamlException(file, line(), path, problem);
    }

    /** True for a value written as nothing, {@code ~} or {@code null}. */
    public boolean isNull() {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    public boolean isScalar() {
        return node instanceof ScalarNode && !isNull();
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    /** The text of a single value as written (without quotes). */
    public String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("expected a single value, got " + describe());
        }
        if (isNull()) {
            throw error("has no value");
        }
        return scalar.getValue();
    }

    /** Text that is not blank, with surrounding spaces removed. */
    public String asString() {
        String text = text().strip();
        if (text.isEmpty()) {
            throw error("is empty");
        }
        return text;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    public int asInt(int min, int max) {
        return (int) asLong(min, max);
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    public long asLong(long min, long max) {
        String text = text().strip();
        long value;
        try {
            value = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw error("'" + text + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw error(max == Long.MAX_VALUE || max == Integer.MAX_VALUE
                    ? "must be at least " + min + ", got " + value
                    : "must be from " + min + " to " + max + ", got " + value);
        }
        return value;
    }

    /** {@code true} or {@code false}. */
    public boolean asBoolean() {
        String text = text().strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error("'" + text() + "' is not true or false");
        };
    }

    /** An amount in roubles such as {@code 1.50}, read exactly from the text. */
    public Money asMoney() {
        return parse(Money::parse);
    }

    /** {@link #asMoney()} in kopecks, refusing amounts below zero. */
    public long asKopecks() {
        long kopecks = asMoney().kopecks();
        if (kopecks < 0) {
            throw error(Money.format(kopecks) + " is negative; give an amount of 0.00 or more");
        }
        return kopecks;
    }

    /** A size such as {@code 15 GB} (binary units: 1 GB = 1024 MB), in bytes. */
    public long asBytes() {
        return parse(Quantities::parseBytes);
    }

    /** A duration such as {@code 10 min}. */
    public Duration asDuration() {
        return parse(Quantities::parseDuration);
    }

    /** A decimal with at most {@code decimals} digits after the point, in its smallest units ({@code 4.5} with 2 is 450). */
    public long asScaled(int decimals) {
        return parse(text -> Quantities.parseScaled(text, decimals));
    }

    /** One of the keys of {@code choices} (compared without regard to case), mapped to its value. */
    public <T> T asChoice(Map<String, T> choices) {
        String text = asString();
        for (Map.Entry<String, T> choice : choices.entrySet()) {
            if (choice.getKey().equalsIgnoreCase(text)) {
                return choice.getValue();
            }
        }
        throw error("'" + text + "' is not one of: " + String.join(", ", choices.keySet()));
    }

    /** The text converted by {@code parser}; an {@link IllegalArgumentException} it throws becomes an error here. */
    public <T> T parse(Function<String, T> parser) {
        String text = text();
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /**
     * Runs a domain constructor for the item this node describes; the {@link IllegalArgumentException}
     * with which it refuses bad values becomes an error at this node.
     */
    public <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** The items of a list, each with its path ({@code tariffs[0]}, {@code tariffs[1]}, ...). */
    public List<YamlNode> asList() {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("expected a list (items starting with '- ', or [a, b]), got " + describe());
        }
        List<YamlNode> items = new ArrayList<>(sequence.getValue().size());
        for (Node item : sequence.getValue()) {
            items.add(new YamlNode(file, path + "[" + items.size() + "]", item));
        }
        return items;
    }

    /**
     * A map whose keys must all be among {@code knownKeys}: any other key is an error that lists the
     * known ones, so a typo never passes silently.
     */
    public YamlMap asMap(String... knownKeys) {
        return YamlMap.of(this, mapping(), Arrays.asList(knownKeys));
    }

    /** A map that may have any keys (for maps keyed by user-chosen names). */
    public YamlMap asOpenMap() {
        return YamlMap.of(this, mapping(), null);
    }

    /** The value of {@code key} in this map node, written on {@code keyLine}; for {@link YamlMap}. */
    YamlNode child(String key, Node value, int keyLine) {
        return new YamlNode(file, path.isEmpty() ? key : path + "." + key, value, keyLine);
    }

    private MappingNode mapping() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a map of 'key: value' lines, got " + describe());
        }
        return mapping;
    }

    private String describe() {
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return isNull() ? "nothing" : "'" + ((ScalarNode) node).getValue() + "'";
    }

    @Override
    public String toString() {
        return file + ":" + line() + ": " + path;
    }
}
