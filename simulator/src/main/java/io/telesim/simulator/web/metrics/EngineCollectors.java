package io.telesim.simulator.web.metrics;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.HdrHistogram.Histogram;

import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.SummaryWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Quantile;
import io.prometheus.metrics.model.snapshots.Quantiles;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineStatus;

/**
 * The engine's metrics, read when scraped: command latency from submit to reply per command type as a summary
 * (the engine's own HdrHistograms since start, so the quantiles are exact to three digits), the reply counters,
 * and the ring's occupancy, capacity and stage lags.
 */
final class EngineCollectors {

    private static final double[] QUANTILES = {0.5, 0.9, 0.99, 0.999};

    private EngineCollectors() {
    }

    static void register(PrometheusRegistry registry, Engine engine) {
        SummaryWithCallback.builder().name("telesim_engine_command_latency_seconds")
                .help("Engine command latency from submit to reply since start, by command type")
                .labelNames("command")
                .callback(callback -> engine.metrics().latencySinceStart().forEach((type, histogram) -> callback.call(
                        histogram.getTotalCount(), histogram.getMean() * histogram.getTotalCount() / 1e9, quantiles(histogram),
                        type.name().toLowerCase(Locale.ROOT))))
                .register(registry);
        counter(registry, engine, "telesim_engine_commands_replied", "Engine commands answered since start", EngineStatus::replied);
        counter(registry, engine, "telesim_engine_commands_duplicate",
                "Of the commands answered, repeated command ids answered from the idempotency window", EngineStatus::duplicates);
        counter(registry, engine, "telesim_engine_commands_busy", "Submits refused because the ring was full", EngineStatus::busy);
        counter(registry, engine, "telesim_engine_errors", "Commands that failed with a defect (see the log)", EngineStatus::engineErrors);
        gauge(registry, engine, "telesim_engine_ring_occupancy", "Commands in the ring not yet answered", EngineStatus::ringOccupancy);
        gauge(registry, engine, "telesim_engine_ring_capacity", "Commands the ring holds", EngineStatus::ringCapacity);
        gauge(registry, engine, "telesim_engine_journal_lag", "Commands in the ring not yet journaled", EngineStatus::journalLag);
        gauge(registry, engine, "telesim_engine_apply_lag", "Commands journaled but not yet applied", EngineStatus::applyLag);
    }

    private static Quantiles quantiles(Histogram nanos) {
        Quantiles.Builder quantiles = Quantiles.builder();
        for (double quantile : QUANTILES) {
            quantiles.quantile(new Quantile(quantile, nanos.getValueAtPercentile(quantile * 100) / 1e9));
        }
        return quantiles.build();
    }

    private static void counter(PrometheusRegistry registry, Engine engine, String name, String help, ToDoubleFunction<EngineStatus> value) {
        CounterWithCallback.builder().name(name).help(help).callback(callback -> callback.call(value.applyAsDouble(engine.status())))
                .register(registry);
    }

    private static void gauge(PrometheusRegistry registry, Engine engine, String name, String help, ToDoubleFunction<EngineStatus> value) {
        GaugeWithCallback.builder().name(name).help(help).callback(callback -> callback.call(value.applyAsDouble(engine.status())))
                .register(registry);
    }
}
