package io.telesim.simulator.web.bonus;

import java.util.List;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.bonus.Gift;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.EngineCalls;
import io.vertx.core.Future;

/** A number's account and its open gifts (given and received), read at one instant of the engine. */
record BonusSnapshot(AccountRecord account, List<Gift> gifts, long now) {

    /** The snapshot of {@code msisdn} after every command sent before; 404 when it is not a subscriber. */
    static Future<BonusSnapshot> load(EngineCalls calls, long msisdn) {
        AccountRecord account = AccountRecord.onHeap();
        return calls.query(view -> view.account(msisdn, account) ? new BonusSnapshot(account, List.copyOf(view.openGifts(msisdn)), view.now())
                : null).compose(snapshot -> snapshot == null ? Future.failedFuture(ApiError.notFound(msisdn + " is not a subscriber"))
                : Future.succeededFuture(snapshot));
    }
}
