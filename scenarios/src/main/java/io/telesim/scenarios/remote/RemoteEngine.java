package io.telesim.scenarios.remote;

import java.util.Locale;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Reply;
import io.telesim.engine.SubmitStatus;
import io.telesim.scenarios.traffic.EngineAnswer;
import io.telesim.scenarios.traffic.EnginePort;
import io.vertx.core.AsyncResult;

/**
 * The engine of an operator elsewhere, through its admin API: each command is a {@code POST /admin/commands} with the
 * command's fields and its id as the event id (so a retry is applied once), and the answer becomes the {@link Reply}
 * the drivers expect. At most {@link AdminApi#CONNECTIONS} commands are in flight; {@link #submit} waits for room
 * rather than queueing without bound, so a target slower than the scenario holds the generator back, which the report
 * shows as "the generator fell behind". A 503 {@code busy} is the engine's BUSY; a failed link, an unanswered command.
 * Never call {@code submit} on the HTTP client's event loop (answers arrive there).
 */
public final class RemoteEngine implements EnginePort {

    private static final long EVENT_ID_MASK = (1L << 56) - 1;
    private static final String[] TYPE_NAMES = new String[CommandType.values().length];

    static {
        for (CommandType type : CommandType.values()) {
            TYPE_NAMES[type.ordinal()] = type.name().toLowerCase(Locale.ROOT);
        }
    }

    private final AdminApi api;
    private final Semaphore window = new Semaphore(AdminApi.CONNECTIONS);
    private volatile boolean closed;

    public RemoteEngine(AdminApi api) {
        this.api = api;
    }

    @Override
    public SubmitStatus submit(Command command, EngineAnswer answer) {
        if (closed) {
            return SubmitStatus.CLOSED;
        }
        window.acquireUninterruptibly();
        CommandType type = command.type();
        api.post("/admin/commands", body(command)).onComplete(result -> {
            window.release();
            answer(result, type, answer);
        });
        return SubmitStatus.ACCEPTED;
    }

    /** Takes no more commands; those in flight are still answered. */
    public void close() {
        closed = true;
    }

    static String body(Command command) {
        return new StringBuilder(160).append("{\"type\":\"").append(TYPE_NAMES[command.type().ordinal()]).append("\",\"eventId\":")
                .append(command.commandId() & EVENT_ID_MASK).append(",\"msisdn\":").append(command.msisdn()).append(",\"other\":")
                .append(command.other()).append(",\"item\":").append(command.item()).append(",\"amount\":").append(command.amount())
                .append(",\"amount2\":").append(command.amount2()).append(",\"sessionId\":").append(command.sessionId()).append('}')
                .toString();
    }

    private static void answer(AsyncResult<AdminApi.Answer> result, CommandType type, EngineAnswer answer) {
        if (result.failed()) {
            answer.onUnanswered(SubmitStatus.CLOSED, "no answer (" + result.cause().getClass().getSimpleName() + ")");
            return;
        }
        AdminApi.Answer http = result.result();
        if (http.status() == 503) {
            answer.onUnanswered(SubmitStatus.BUSY, "busy");
            return;
        }
        Reply reply;
        try {
            JsonNode json = http.status() == 200 || http.status() == 404 || http.status() == 409 ? http.json() : null;
            reply = json == null || !json.path("outcome").isTextual() ? null : reply(json, type);
        } catch (RuntimeException e) {
            reply = null; // not JSON, or an outcome this build does not know
        }
        if (reply == null) {
            answer.onUnanswered(SubmitStatus.CLOSED, "HTTP " + http.status());
        } else {
            answer.onReply(reply);
        }
    }

    /** The engine's reply as the admin API gave it, field by field. */
    static Reply reply(JsonNode json, CommandType type) {
        Reply reply = new Reply();
        reply.head(json.path("commandId").asLong(), type, json.path("time").asLong(), json.path("number").asLong());
        reply.outcome(Outcome.valueOf(upper(json.path("outcome").asText())));
        if (json.path("status").isTextual()) {
            reply.account(json.path("balance").asLong(), AccountStatus.valueOf(upper(json.path("status").asText())),
                    json.path("voiceLeft").asLong(), json.path("smsLeft").asLong(), json.path("dataLeft").asLong(),
                    json.path("bonusPoints").asLong());
        }
        DestinationClass destination = json.path("destination").isTextual() ? DestinationClass.valueOf(upper(json.path("destination").asText()))
                : null;
        reply.usage(destination, json.path("grantedUnits").asLong(), json.path("usedUnits").asLong(), json.path("chargedUnits").asLong(),
                json.path("bundleUnits").asLong(), json.path("charged").asLong(), json.path("bonusEarned").asLong(), json.path("notices").asInt(),
                json.path("giftCode").asLong());
        reply.duplicate(json.path("duplicate").asBoolean());
        return reply;
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
