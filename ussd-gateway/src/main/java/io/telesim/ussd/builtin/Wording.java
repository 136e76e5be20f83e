package io.telesim.ussd.builtin;

import io.telesim.billing.account.ForwardingCondition;
import io.telesim.billing.catalog.Fee;
import io.telesim.billing.catalog.FeePeriod;
import io.telesim.billing.money.Money;
import io.telesim.billing.number.Msisdn;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.result.Outcome;

/** How the built-in services write money, numbers, fees and refusals on a screen. */
final class Wording {

    private static final long SECONDS_PER_MINUTE = 60;
    private static final long BYTES_PER_MEGABYTE = 1L << 20;

    private Wording() {
    }

    /** {@code 123.45 ₽}. */
    static String money(long kopecks) {
        return Money.format(kopecks);
    }

    /** {@code Balance 123.45 ₽}: the line every money-moving success ends with. */
    static String balance(long kopecks) {
        return "Balance " + money(kopecks);
    }

    /** {@code +7 916 000-00-02} for Russian numbers, as dialled for the others. */
    static String number(long party) {
        return Msisdn.isValid(party) ? new Msisdn(party).formatted() : PartyNumber.toString(party);
    }

    /** {@code 550.00 ₽/month}, {@code 9.90 ₽/day}, or {@code no fee}. */
    static String fee(Fee fee) {
        if (fee.kopecks() == 0) {
            return "no fee";
        }
        return money(fee.kopecks()) + (fee.period() == FeePeriod.DAILY ? "/day" : "/month");
    }

    /** Whole minutes left of a voice bundle held in seconds. */
    static long minutes(long seconds) {
        return seconds / SECONDS_PER_MINUTE;
    }

    /** Whole megabytes left of a data bundle held in bytes. */
    static long megabytes(long bytes) {
        return bytes / BYTES_PER_MEGABYTE;
    }

    /** A refusal as a sentence: the engine's reason, capitalised. */
    static String refusal(Outcome outcome) {
        return capitalised(outcome.reason()) + ".";
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String condition(ForwardingCondition condition) {
        return switch (condition) {
            case UNCONDITIONAL -> "always";
            case BUSY -> "when busy";
            case NO_REPLY -> "on no answer";
            case NOT_REACHABLE -> "when unreachable";
        };
    }
}
