package io.telesim.simulator.web.plans;

import java.util.function.Function;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.ops.BillingRules;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.simulator.web.http.EngineCalls;
import io.vertx.core.Future;

/**
 * What the plans routes share: the engine, the catalog, and billing-core's rules, which price a tariff change
 * or a service before the subscriber asks for it (the engine applies the same rules when they do).
 */
final class PlanCalls {

    private final EngineCalls calls;
    private final BillingRules rules;

    PlanCalls(EngineCalls calls) {
        this.calls = calls;
        this.rules = new BillingRules(calls.engine().catalog());
    }

    Catalog catalog() {
        return rules.catalog();
    }

    BillingRules rules() {
        return rules;
    }

    Command command(CommandType type, long msisdn) {
        return calls.command(type, msisdn);
    }

    /** The view of {@code msisdn} now. */
    <T> Future<T> show(long msisdn, Function<PlanSnapshot, T> view) {
        return PlanSnapshot.load(calls, msisdn).map(view);
    }

    /** Runs {@code command} (a refusal fails with 409 and the engine's reason), then the view of {@code msisdn} after it. */
    <T> Future<T> runThenShow(Command command, long msisdn, Function<PlanSnapshot, T> view) {
        return calls.run(command).compose(reply -> show(msisdn, view));
    }

    EngineCalls engine() {
        return calls;
    }
}
