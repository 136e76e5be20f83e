package io.telesim.engine;

/**
 * A moment's view of the engine for metrics and health: throughput counters, back-pressure, and how far
 * each stage is behind the producers.
 *
 * @param replied       commands answered since start
 * @param duplicates    of those, repeated command ids answered from the idempotency window
 * @param busy          submits refused because the ring was full
 * @param engineErrors  commands that failed with a defect (logged) since start
 * @param ringOccupancy commands in the ring not yet answered, of {@code ringCapacity}
 * @param journalLag    commands in the ring not yet journaled
 * @param applyLag      commands journaled but not yet applied
 */
public record EngineStatus(long replied, long duplicates, long busy, long engineErrors, long ringOccupancy, int ringCapacity,
                           long journalLag, long applyLag) {
}
