package io.telesim.simulator.web.plans;

import io.telesim.billing.account.AccountRecord;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.EngineCalls;
import io.vertx.core.Future;

/**
 * One number's account as the plans API shows it, read at one instant of the engine: the account, the
 * account holding its bundles (the family owner's for a member, else the same record) and the engine's time.
 */
public record PlanSnapshot(AccountRecord account, AccountRecord holder, long now) {

    /** The snapshot of {@code msisdn} after every command sent before; 404 when it is not a subscriber. */
    public static Future<PlanSnapshot> load(EngineCalls calls, long msisdn) {
        AccountRecord account = AccountRecord.onHeap();
        AccountRecord holder = AccountRecord.onHeap();
        return calls.query(view -> {
            if (!view.account(msisdn, account)) {
                return null;
            }
            boolean shared = account.isFamilyMember() && view.account(account.bundleHolder(), holder);
            return new PlanSnapshot(account, shared ? holder : account, view.now());
        }).compose(snapshot -> snapshot == null ? Future.failedFuture(ApiError.notFound(msisdn + " is not a subscriber"))
                : Future.succeededFuture(snapshot));
    }

    public long number() {
        return account.msisdn();
    }
}
