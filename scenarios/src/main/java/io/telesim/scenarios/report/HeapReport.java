package io.telesim.scenarios.report;

/**
 * The heap in use at its lowest (after collections) in the middle and last thirds of the measured time, in megabytes,
 * and how much it grew; {@code maxGrowth} is the scenario's limit, or null.
 */
public record HeapReport(double middleThirdMb, double lastThirdMb, double growth, Double maxGrowth) {

    public boolean passed() {
        return maxGrowth == null || growth <= maxGrowth;
    }
}
