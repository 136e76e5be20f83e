package io.telesim.scenarios.model;

import java.util.Map;
import java.util.Set;

/**
 * A scenario's {@code expect} section: SLOs per traffic by name, the invariants checked at the end, and for long runs
 * how much the heap may grow (null: not checked).
 *
 * @param maxHeapGrowth the most the heap in use after collections may grow from the middle to the last third of the
 *                      measured time, as a fraction
 */
public record Expectations(Map<String, Slo> slos, Set<Invariant> invariants, Double maxHeapGrowth) {

    public Expectations {
        slos = Map.copyOf(slos);
        invariants = Set.copyOf(invariants);
    }
}
