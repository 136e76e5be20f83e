package io.telesim.simulator.web.admin;

import java.util.ArrayList;
import java.util.List;

import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.telesim.smpp.centre.SmsCentre;
import io.telesim.smpp.centre.SmsMessage;
import io.telesim.smpp.centre.SmscStats;
import io.vertx.ext.web.Router;

/**
 * {@code POST /admin/sms/bulk}: what became of many SMS at once, by the ids the SMS centre gave them (its state and who
 * was charged), with the centre's totals, for a load test to check that none was lost between accepted and ended.
 */
final class SmsStateRoutes implements RouteSet {

    @Override
    public void mount(Router router, WebRuntime web) {
        router.post("/admin/sms/bulk").handler(ctx -> {
            SmsStatesRequest request = Json.body(ctx, SmsStatesRequest.class);
            List<String> ids = request.ids();
            if (ids == null || ids.isEmpty() || ids.size() > SmsStatesRequest.MAX) {
                throw ApiError.badRequest("'ids' must list 1.." + SmsStatesRequest.MAX + " message ids, got " + (ids == null ? 0 : ids.size()));
            }
            SmsCentre centre = web.services().gateways().smsc().centre();
            SmscStats stats = centre.stats();
            List<SmsStates.Message> messages = new ArrayList<>(ids.size());
            for (String id : ids) {
                SmsMessage message = id == null ? null : centre.find(id);
                messages.add(message == null ? new SmsStates.Message(id, false, null, null, null)
                        : new SmsStates.Message(id, true, AccountDetails.lower(message.state().name()), message.isFinal(), message.payer()));
            }
            Json.send(ctx, new SmsStates(stats.accepted(), stats.finished(), stats.pending(), messages));
        });
    }
}
