package io.telesim.simulator.web.business;

import io.telesim.billing.account.Iccid;
import io.telesim.simulator.web.http.ApiError;

/** SIM card numbers (ICCID) as people type them, and new cards for a replacement; the rules are billing-core's {@link Iccid}. */
final class Iccids {

    private Iccids() {
    }

    /** The ICCID as typed (spaces and dashes allowed); 400 unless it is 19 digits from 89 with a right check digit. */
    static long parse(String text) {
        try {
            return Iccid.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /** A new ICCID for {@code msisdn}'s replacement SIM number {@code serial} (0..99): 89701, the serial, the number, the check digit. */
    static long make(long msisdn, long serial) {
        long body = Long.parseLong("89701" + String.format("%02d", serial % 100) + String.format("%011d", msisdn));
        return body * 10 + Iccid.checkDigit(body);
    }
}
