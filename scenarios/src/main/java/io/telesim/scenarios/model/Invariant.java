package io.telesim.scenarios.model;

/** What the runner checks at the end of a run, whatever the rates and latencies. */
public enum Invariant {
    /** Every event acknowledged to the runner is in the statement store exactly once, and nothing else the runner sent is. */
    EXACTLY_ONCE("exactly_once", "every acknowledged event in the statement store exactly once"),
    /** Opening balances + top-ups - charges - fees = closing balances, per subscriber, with only acknowledged events. */
    MONEY("money", "money reconciles per subscriber"),
    /** No bundle below zero. */
    BUNDLES("bundles", "no bundle below zero"),
    /** Every SMS the SMS centre accepted is delivered, ended otherwise or still pending. */
    SMS("sms", "every accepted SMS final or pending");

    private final String key;
    private final String description;

    Invariant(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }
}
