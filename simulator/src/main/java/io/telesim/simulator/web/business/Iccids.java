package io.telesim.simulator.web.business;

import io.telesim.simulator.web.http.ApiError;

/** SIM card numbers (ICCID): 19 digits starting 89, the last a Luhn check digit; held as a long. */
final class Iccids {

    private Iccids() {
    }

    /** The ICCID as typed; 400 unless it is 19 digits from 89 with a right check digit. */
    static long parse(String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s-]", "");
        if (!digits.matches("89[0-9]{17}") || luhn(digits.substring(0, 18)) != digits.charAt(18) - '0') {
            throw ApiError.badRequest("an ICCID is 19 digits starting 89 and ending with its Luhn check digit, got '" + text + "'");
        }
        return Long.parseLong(digits);
    }

    /** A new ICCID for {@code msisdn}'s replacement SIM number {@code serial} (0..99): 89701, the serial, the number, the check digit. */
    static long make(long msisdn, long serial) {
        String body = "89701" + String.format("%02d", serial % 100) + String.format("%011d", msisdn);
        return Long.parseLong(body + luhn(body));
    }

    /** The Luhn check digit of {@code digits}. */
    static int luhn(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
