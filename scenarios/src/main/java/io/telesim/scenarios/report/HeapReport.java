package io.telesim.scenarios.report;

/**
 * The live heap after a full collection a third of the way into the measured time and at its end, in megabytes, and
 * how much it grew; {@code maxGrowth} is the scenario's limit.
 */
public record HeapReport(double afterFirstThirdMb, double atEndMb, double growth, Double maxGrowth) {

    public boolean passed() {
        return maxGrowth == null || growth <= maxGrowth;
    }
}
