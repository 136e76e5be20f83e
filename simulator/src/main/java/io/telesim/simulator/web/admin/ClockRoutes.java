package io.telesim.simulator.web.admin;

import java.time.ZoneOffset;

import io.telesim.engine.clock.EngineClock;
import io.telesim.engine.clock.SimulatedClock;
import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.vertx.ext.web.Router;

/**
 * The operator's clock: {@code GET /admin/clock} shows it; on a simulated clock {@code POST /admin/clock/advance}
 * moves it forward at once and {@code POST /admin/clock/speed} changes how fast it runs. On the real clock both
 * answer 409.
 */
final class ClockRoutes implements RouteSet {

    private static final long DAY_MILLIS = 86_400_000L;
    /** Ten years: a farther jump is a typing mistake. */
    private static final long MAX_ADVANCE_MILLIS = 3_660 * DAY_MILLIS;
    private static final double MAX_SPEED = 1_000_000;

    /** The body of an advance: {@code millis} or {@code days}, one of them. */
    record Advance(Long millis, Long days) {
    }

    /** The body of a speed change: operator milliseconds per real millisecond. */
    record Speed(double speed) {
    }

    @Override
    public void mount(Router router, WebRuntime web) {
        EngineClock clock = web.services().clock();
        ZoneOffset zone = web.services().catalog().calendar().zone();
        router.get("/admin/clock").handler(ctx -> Json.send(ctx, ClockState.of(clock, zone)));
        router.post("/admin/clock/advance").handler(ctx -> {
            SimulatedClock simulated = simulated(clock);
            simulated.advance(millisOf(Json.body(ctx, Advance.class)));
            Json.send(ctx, ClockState.of(clock, zone));
        });
        router.post("/admin/clock/speed").handler(ctx -> {
            SimulatedClock simulated = simulated(clock);
            double speed = Json.body(ctx, Speed.class).speed();
            if (!(speed > 0 && speed <= MAX_SPEED)) {
                throw ApiError.badRequest("'speed' must be above 0 and at most " + (long) MAX_SPEED + ", got " + speed);
            }
            simulated.changeSpeed(speed);
            Json.send(ctx, ClockState.of(clock, zone));
        });
    }

    private static SimulatedClock simulated(EngineClock clock) {
        if (clock instanceof SimulatedClock simulated) {
            return simulated;
        }
        throw ApiError.conflict("real_clock", "the operator runs on the real clock");
    }

    private static long millisOf(Advance advance) {
        if ((advance.millis() == null) == (advance.days() == null)) {
            throw ApiError.badRequest("give either 'millis' or 'days'");
        }
        long millis = advance.millis() != null ? advance.millis()
                : advance.days() > 0 && advance.days() <= MAX_ADVANCE_MILLIS / DAY_MILLIS ? advance.days() * DAY_MILLIS : -1;
        if (millis <= 0 || millis > MAX_ADVANCE_MILLIS) {
            throw ApiError.badRequest("the clock moves forward by 1 ms to " + MAX_ADVANCE_MILLIS / DAY_MILLIS + " days at once");
        }
        return millis;
    }
}
