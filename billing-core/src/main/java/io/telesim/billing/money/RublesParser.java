package io.telesim.billing.money;

/** Parses rouble amounts written by people into exact kopecks, without floating point. */
final class RublesParser {

    /** The most roubles whose kopecks fit in a {@code long}. */
    private static final long MAX_RUBLES = Long.MAX_VALUE / 100 - 1;

    private RublesParser() {
    }

    static long parseKopecks(String text) {
        if (text == null) {
            throw new IllegalArgumentException("an amount in roubles is required, e.g. 123.45");
        }
        String s = text.strip();
        if (s.endsWith("₽")) {
            s = s.substring(0, s.length() - 1).strip();
        } else if (s.toLowerCase(java.util.Locale.ROOT).endsWith("rub")) {
            s = s.substring(0, s.length() - 3).strip();
        }
        s = s.replace(" ", "").replace("\u00a0", "");
        if (s.isEmpty()) {
            throw invalid(text, "it is empty");
        }
        boolean negative = s.charAt(0) == '-';
        int start = negative || s.charAt(0) == '+' ? 1 : 0;
        long rubles = 0;
        long kopecks = 0;
        int fractionDigits = -1;
        boolean anyDigit = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == ',') {
                if (fractionDigits >= 0) {
                    throw invalid(text, "it has two decimal points");
                }
                fractionDigits = 0;
            } else if (c >= '0' && c <= '9') {
                anyDigit = true;
                if (fractionDigits < 0) {
                    rubles = rubles * 10 + (c - '0');
                    if (rubles > MAX_RUBLES) {
                        throw invalid(text, "it is too large");
                    }
                } else {
                    fractionDigits++;
                    if (fractionDigits > 2) {
                        throw invalid(text, "at most 2 digits may follow the decimal point (kopecks)");
                    }
                    kopecks = kopecks * 10 + (c - '0');
                }
            } else {
                throw invalid(text, "unexpected character '" + c + "'");
            }
        }
        if (!anyDigit) {
            throw invalid(text, "it has no digits");
        }
        if (fractionDigits == 1) {
            kopecks *= 10;
        }
        long total = rubles * 100 + kopecks;
        return negative ? -total : total;
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("'" + text + "' is not an amount in roubles like 123.45: " + why);
    }
}
