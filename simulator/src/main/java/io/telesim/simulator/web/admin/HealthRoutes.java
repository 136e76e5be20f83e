package io.telesim.simulator.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.telesim.engine.EngineBusyException;
import io.telesim.engine.EngineStatus;
import io.telesim.simulator.web.OperatorServices;
import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.Json;
import io.vertx.core.AsyncResult;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /admin/health}: 200 with the engine's counters, uptime and versions when the operator is healthy,
 * 503 with the same and the problems when not. The probe is a read-only query through the engine's ring, so a
 * stalled journal or apply stage shows as a probe without an answer.
 */
final class HealthRoutes implements RouteSet {

    private static final long PROBE_TIMEOUT_MILLIS = 2_000;

    @Override
    public void mount(Router router, WebRuntime web) {
        OperatorServices services = web.services();
        long startedAt = services.wallClock().getAsLong();
        long startedNanos = System.nanoTime();
        router.get("/admin/health").handler(ctx -> services.calls()
                .query(view -> new long[] {view.subscriberCount(), view.openSessions()})
                .timeout(PROBE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                .onComplete(probe -> answer(ctx, services, probe, startedAt, (System.nanoTime() - startedNanos) / 1_000_000)));
    }

    private static void answer(RoutingContext ctx, OperatorServices services, AsyncResult<long[]> probe, long startedAt, long uptimeMillis) {
        EngineStatus engine = services.engine().status();
        List<String> problems = new ArrayList<>();
        if (probe.failed()) {
            problems.add(probe.cause() instanceof EngineBusyException busy ? busy.getMessage()
                    : "the engine did not answer a probe in " + PROBE_TIMEOUT_MILLIS + " ms");
        }
        if (engine.ringOccupancy() >= Health.FULL_RING * engine.ringCapacity()) {
            problems.add("the engine's ring is " + 100 * engine.ringOccupancy() / engine.ringCapacity() + "% full");
        }
        long[] counts = probe.succeeded() ? probe.result() : new long[] {-1, -1};
        Health health = new Health(problems.isEmpty() ? "ok" : "unhealthy", problems, startedAt, uptimeMillis,
                Health.Versions.of(services.catalog().name()), engine, counts[0], counts[1],
                ClockState.of(services.clock(), services.catalog().calendar().zone()));
        Json.send(ctx, health.healthy() ? 200 : 503, health);
    }
}
