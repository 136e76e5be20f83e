package io.telesim.simulator.web.admin;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.telesim.billing.rating.UsageKind;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.vertx.ext.web.Router;

/**
 * {@code POST /admin/commands}: any engine command an outside network element or load generator may send, with the
 * engine's own fields ({@link EngineCommandRequest}), answered with the engine's whole reply ({@link CommandResult}).
 * Idempotent by event id, in the statuses of the usage routes (see {@link InjectedUsage}); a full ring is a 503
 * {@code busy}. Commands whose {@code item} is a catalog index (tariffs, services, add-ons) and the operator's own
 * (provisioning, the daily sweep, gift expiry, reads and queries) are refused with a 400.
 */
final class CommandRoutes implements RouteSet {

    /** What an outside caller may send: balances, blocks, families and the network's charging. */
    static final Set<CommandType> ALLOWED = EnumSet.of(CommandType.TOP_UP, CommandType.PROMISED_PAYMENT, CommandType.SET_AUTO_TOP_UP,
            CommandType.CLEAR_AUTO_TOP_UP, CommandType.TRANSFER, CommandType.BLOCK, CommandType.UNBLOCK, CommandType.ADD_FAMILY_MEMBER,
            CommandType.REMOVE_FAMILY_MEMBER, CommandType.CHARGE_SMS, CommandType.CHARGE_USSD, CommandType.CHARGE_SESSION,
            CommandType.RESERVE, CommandType.UPDATE, CommandType.COMMIT, CommandType.RELEASE);
    private static final String ALLOWED_NAMES = ALLOWED.stream().map(type -> AccountDetails.lower(type.name()))
            .collect(Collectors.joining(", "));

    @Override
    public void mount(Router router, WebRuntime web) {
        router.post("/admin/commands").handler(ctx -> {
            EngineCommandRequest request = Json.body(ctx, EngineCommandRequest.class);
            CommandType type = type(request.type());
            if (request.msisdn() <= 0) {
                throw ApiError.badRequest("'msisdn' must be the subscriber's number as an 11-digit integer, got " + request.msisdn());
            }
            Command command = InjectedUsage.command(type, request.eventId(), request.msisdn()).other(orZero(request.other()))
                    .item(item(type, request.item())).amount(orZero(request.amount())).amount2(orZero(request.amount2()))
                    .sessionId(orZero(request.sessionId()));
            InjectedUsage.sendAnswering(ctx, web, command, CommandResult::of);
        });
    }

    private static CommandType type(String text) {
        if (text == null || text.isBlank()) {
            throw ApiError.badRequest("'type' is needed, one of: " + ALLOWED_NAMES);
        }
        CommandType type;
        try {
            type = CommandType.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("no engine command '" + text + "'; one of: " + ALLOWED_NAMES);
        }
        if (!ALLOWED.contains(type)) {
            String why = type == CommandType.PROVISION ? "connect numbers with POST /admin/subscribers (it takes the tariff's id)"
                    : type.isJournaled() && type != CommandType.DAILY_SWEEP && type != CommandType.EXPIRE_GIFT
                    ? "its item is a catalog index, which the admin API does not expose" : "only the operator itself sends it";
            throw ApiError.badRequest("'" + text + "' cannot be sent here: " + why + "; allowed: " + ALLOWED_NAMES);
        }
        return type;
    }

    /** A session's or a CDR's item is its usage kind: a call or data. */
    private static int item(CommandType type, Integer item) {
        int value = item == null ? 0 : item;
        if ((type == CommandType.RESERVE || type == CommandType.CHARGE_SESSION) && value != UsageKind.VOICE.ordinal()
                && value != UsageKind.DATA.ordinal()) {
            throw ApiError.badRequest("'item' of " + AccountDetails.lower(type.name()) + " is the usage kind: " + UsageKind.VOICE.ordinal()
                    + " for a call, " + UsageKind.DATA.ordinal() + " for data; got " + value);
        }
        return value;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
