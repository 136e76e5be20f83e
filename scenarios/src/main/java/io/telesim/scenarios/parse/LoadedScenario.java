package io.telesim.scenarios.parse;

import io.telesim.billing.catalog.Catalog;
import io.telesim.scenarios.model.Scenario;

/** A scenario read from its file, with the catalog it was checked against and runs with. */
public record LoadedScenario(Scenario scenario, Catalog catalog) {

    /** The same, with every rate multiplied by {@code factor}. */
    public LoadedScenario withRateScale(double factor) {
        return new LoadedScenario(scenario.withRateScale(factor), catalog);
    }

    public LoadedScenario withDuration(java.time.Duration duration) {
        return new LoadedScenario(scenario.withDuration(duration), catalog);
    }
}
