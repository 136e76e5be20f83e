package io.telesim.simulator.web.money;

/**
 * Bank card numbers as people type them: 12 to 19 digits, spaces and dashes allowed between them, the
 * last digit a Luhn check digit. Only the masked form ({@code **** 1111}) is ever kept.
 */
final class CardNumber {

    private CardNumber() {
    }

    /** The digits of {@code typed} without spaces and dashes; null when anything else is in it. */
    static String digits(String typed) {
        StringBuilder digits = new StringBuilder(19);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-') {
                return null;
            }
        }
        return digits.toString();
    }

    /** True when the last digit of {@code digits} is the Luhn check digit of the others. */
    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** The number as the history shows it: the last four digits only. */
    static String masked(String digits) {
        return "**** " + digits.substring(digits.length() - 4);
    }
}
