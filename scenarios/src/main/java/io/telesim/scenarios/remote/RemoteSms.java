package io.telesim.scenarios.remote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.scenarios.check.AckKind;
import io.telesim.scenarios.check.Ledger;
import io.telesim.scenarios.check.SmsTally;
import io.telesim.smpp.centre.MessageIds;

/**
 * What became of the SMS a run's binds had accepted, from a running operator's {@code POST /admin/sms/bulk},
 * {@value #PER_REQUEST} ids a request: each message's state for the SMS invariant, and who was charged for it, which
 * settles the ledger's SMS events (a message to another network the target has no link to is accepted and charged to
 * nobody; the runner cannot know that when it is accepted).
 */
public final class RemoteSms {

    private static final int PER_REQUEST = 2_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    private final AdminApi api;

    public RemoteSms(AdminApi api) {
        this.api = api;
    }

    public SmsTally settle(long[] acceptedIds, Ledger ledger) {
        long ended = 0;
        long pending = 0;
        long notKept = 0;
        JsonNode totals = null;
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < acceptedIds.length; from += PER_REQUEST) {
            bodies.add(body(acceptedIds, from, Math.min(acceptedIds.length, from + PER_REQUEST)));
        }
        for (JsonNode json : api.postAll("/admin/sms/bulk", bodies, TIMEOUT, "reading SMS states")) {
            for (JsonNode message : json.path("messages")) {
                if (!message.path("found").asBoolean()) {
                    notKept++;
                    continue;
                }
                if (message.path("ended").asBoolean()) {
                    ended++;
                } else {
                    pending++;
                }
                long id = MessageIds.parse(message.path("id").asText());
                ledger.settlePayer(MessageIds.engineCommandId(id, 0), message.path("payer").asLong(), AckKind.SMS);
            }
            totals = json;
        }
        if (totals == null) {
            totals = api.await(api.post("/admin/sms/bulk", "{\"ids\":[\"0000000000000000\"]}"), TIMEOUT).json();
        }
        return new SmsTally(ended, pending, notKept, totals.path("accepted").asLong(), totals.path("finished").asLong(),
                totals.path("pending").asLong());
    }

    private static String body(long[] ids, int from, int to) {
        StringBuilder body = new StringBuilder((to - from) * 20).append("{\"ids\":[");
        for (int i = from; i < to; i++) {
            body.append(i == from ? "\"" : ",\"").append(MessageIds.text(ids[i])).append('"');
        }
        return body.append("]}").toString();
    }
}
