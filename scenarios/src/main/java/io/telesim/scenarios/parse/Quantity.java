package io.telesim.scenarios.parse;

import io.telesim.simulator.yaml.YamlNode;

/** What a distribution's values are, and how one is written: in the base units the runner draws. */
enum Quantity {
    /** Written {@code 90 s}, {@code 250 ms}; drawn in milliseconds. */
    DURATION("a duration like 90 s or 250 ms"),
    /** Written {@code 5 MB}; drawn in bytes. */
    BYTES("a size like 5 MB"),
    /** Written in roubles {@code 300.00}; drawn in kopecks. */
    MONEY("an amount in roubles like 300.00");

    private final String example;

    Quantity(String example) {
        this.example = example;
    }

    String example() {
        return example;
    }

    long read(YamlNode node) {
        return switch (this) {
            case DURATION -> Values.duration(node).toMillis();
            case BYTES -> node.asBytes();
            case MONEY -> node.asKopecks();
        };
    }
}
