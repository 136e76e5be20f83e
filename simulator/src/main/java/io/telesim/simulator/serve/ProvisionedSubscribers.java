package io.telesim.simulator.serve;

/**
 * What the operator connected at start: of {@code listed} subscribers from the configuration {@code listedNew}
 * were new, of {@code demo} demo subscribers {@code demoNew} (the others were already there from an earlier run).
 */
public record ProvisionedSubscribers(int listed, int listedNew, int demo, int demoNew) {
}
