package io.telesim.simulator.web.admin;

import io.telesim.simulator.web.http.ApiError;

/**
 * The caller's {@code eventId} of an injected usage as the engine's command id. The engine answers a repeated
 * command id with the first reply and changes nothing, so sending the same event again (a retry after a timeout)
 * charges it once. Admin events carry the tag {@code 'A'} in the top byte, apart from the SMS centre's ({@code 'S'}),
 * the USSD services' ({@code 'U'}) and the web account's ({@code 'W'}); the caller's id fills the 56 bits below.
 * The engine remembers the last {@code idempotencyWindow} commands (two million by default).
 */
final class EventIds {

    /** The largest event id: 2^56 - 1. */
    static final long MAX = (1L << 56) - 1;
    private static final long TAG = (long) 'A' << 56;

    private EventIds() {
    }

    /** The engine command id of {@code eventId}; 400 unless it is 1..{@link #MAX}. */
    static long commandId(long eventId) {
        if (eventId < 1 || eventId > MAX) {
            throw ApiError.badRequest("'eventId' must be 1.." + MAX + ", got " + eventId);
        }
        return TAG | eventId;
    }

    /** True when {@code commandId} is an admin event's. */
    static boolean isAdmin(long commandId) {
        return (commandId & ~MAX) == TAG;
    }

    /** The event id of an admin command id. */
    static long eventId(long commandId) {
        return commandId & MAX;
    }
}
