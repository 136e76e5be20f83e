package io.telesim.smpp.server;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.telesim.smpp.SmppRejection;

/**
 * SMPP 3.4 §7.1 times (schedule_delivery_time, validity_period, final_date): absolute
 * {@code YYMMDDhhmmsstnnp} (tenths, quarter hours from UTC, {@code +}/{@code -}) or relative
 * {@code YYMMDDhhmmss000R} (years, months, days... from now).
 */
final class SmppTime {

    private static final DateTimeFormatter FINAL_DATE = DateTimeFormatter.ofPattern("yyMMddHHmmss");

    private SmppTime() {
    }

    /**
     * The time {@code text} names as epoch milliseconds, or 0 when it is empty.
     *
     * @param status the command_status for a malformed time (ESME_RINVEXPIRY or ESME_RINVSCHED)
     */
    static long parse(String text, long nowMillis, int status) throws SmppRejection {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        if (text.length() != 16) {
            throw new SmppRejection(status, "an SMPP time has 16 characters, got '" + text + "'");
        }
        try {
            int years = digits(text, 0);
            int months = digits(text, 2);
            int days = digits(text, 4);
            int hours = digits(text, 6);
            int minutes = digits(text, 8);
            int seconds = digits(text, 10);
            char kind = text.charAt(15);
            if (kind == 'R') {
                return LocalDateTime.ofInstant(Instant.ofEpochMilli(nowMillis), ZoneOffset.UTC).plusYears(years).plusMonths(months)
                        .plusDays(days).plusHours(hours).plusMinutes(minutes).plusSeconds(seconds).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            if (kind != '+' && kind != '-') {
                throw new SmppRejection(status, "an SMPP time ends with +, - or R, got '" + text + "'");
            }
            char tenth = text.charAt(12);
            if (tenth < '0' || tenth > '9') {
                throw new NumberFormatException(text);
            }
            int tenths = tenth - '0';
            int quarters = digits(text, 13);
            if (quarters > 48) {
                throw new SmppRejection(status, "an SMPP time is at most 48 quarter hours from UTC, got '" + text + "'");
            }
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((kind == '+' ? 1 : -1) * quarters * 15 * 60);
            return LocalDateTime.of(2000 + years, months, days, hours, minutes, seconds).atOffset(offset).toInstant().toEpochMilli()
                    + tenths * 100L;
        } catch (NumberFormatException | DateTimeException e) {
            throw new SmppRejection(status, "not an SMPP time: '" + text + "'");
        }
    }

    /** A final_date for query_sm_resp: {@code YYMMDDhhmmss000+} in UTC, or empty for a message not ended. */
    static String finalDate(long epochMillis) {
        return epochMillis == 0 ? "" : FINAL_DATE.format(Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC)) + "000+";
    }

    private static int digits(String text, int at) {
        char a = text.charAt(at);
        char b = text.charAt(at + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            throw new NumberFormatException(text);
        }
        return (a - '0') * 10 + (b - '0');
    }
}
