package io.telesim.simulator.web.admin;

import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.telesim.billing.number.InvalidNumberException;
import io.telesim.billing.number.PartyNumber;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.ReplySnapshot;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.vertx.ext.web.RoutingContext;

/**
 * Sends one usage command of the admin API to the engine and answers with its outcome: 200 when applied, 404 for
 * an unknown subscriber or session, 409 for any other refusal, each with the engine's answer in the body. An event
 * id used before for another command or number is a 409 {@code event_id_reused}: the engine would only repeat the
 * first answer.
 */
final class InjectedUsage {

    private InjectedUsage() {
    }

    /** A command of {@code type} for {@code msisdn} (0: any) under the engine command id of {@code eventId}. */
    static Command command(CommandType type, long eventId, long msisdn) {
        return new Command().set(type, EventIds.commandId(eventId), msisdn);
    }

    static void send(RoutingContext ctx, WebRuntime web, Command command, Long sessionId) {
        sendAnswering(ctx, web, command, reply -> UsageResult.of(reply, sessionId));
    }

    /** Sends {@code command} and answers with {@code result} of the engine's reply, in the statuses above. */
    static void sendAnswering(RoutingContext ctx, WebRuntime web, Command command, Function<ReplySnapshot, Object> result) {
        web.services().calls().runAllowing(command).onSuccess(reply -> answer(ctx, command, reply, result)).onFailure(ctx::fail);
    }

    /** A subscriber's number as people write it; 400 when it is missing or not one. */
    static long number(String text) {
        return WebRuntime.parseNumber(text);
    }

    /** An optional subscriber's number: 0 when absent. */
    static long optionalNumber(String text) {
        return text == null ? 0 : WebRuntime.parseNumber(text);
    }

    /** A destination: a subscriber's, short or international number; 400 when it is not one. */
    static long destination(String text) {
        if (text == null || text.isBlank()) {
            throw ApiError.badRequest("'to' is needed: the number called or written to");
        }
        try {
            return PartyNumber.parse(text);
        } catch (InvalidNumberException e) {
            throw ApiError.badRequest("'to': " + e.getMessage());
        }
    }

    /** {@code value} when it is positive; 400 naming {@code field} otherwise. */
    static long positive(String field, long value) {
        if (value <= 0) {
            throw ApiError.badRequest("'" + field + "' must be positive, got " + value);
        }
        return value;
    }

    private static void answer(RoutingContext ctx, Command command, ReplySnapshot reply, Function<ReplySnapshot, Object> result) {
        if (reply.duplicate() && (reply.type() != command.type() || command.msisdn() != 0 && reply.msisdn() != command.msisdn())) {
            ctx.fail(ApiError.conflict("event_id_reused", "eventId " + EventIds.eventId(command.commandId()) + " was used before for "
                    + AccountDetails.lower(reply.type().name()) + " of " + reply.msisdn() + "; every event needs an id of its own"));
            return;
        }
        Object body = result.apply(reply);
        int status = switch (reply.outcome()) {
            case OK -> 200;
            case UNKNOWN_SUBSCRIBER, RESERVATION_UNKNOWN -> 404;
            default -> 409;
        };
        if (status == 200) {
            Json.send(ctx, body);
        } else {
            ObjectNode refusal = (ObjectNode) Json.tree(body);
            Json.send(ctx, status, refusal.put("error", reply.outcome().reason()).put("code", AccountDetails.lower(reply.outcome().name())));
        }
    }
}
