package io.telesim.billing.number;

/** Strips the separators people put into phone numbers. */
final class NumberText {

    private NumberText() {
    }

    /**
     * The digits of a number as typed, allowing a leading {@code +}, spaces, dashes, dots and
     * parentheses between them.
     *
     * @throws InvalidNumberException on any other character
     */
    static String digitsOf(String text) {
        String s = text.strip();
        StringBuilder digits = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && i == 0) {
                continue;
            } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '\u00a0') {
                throw new InvalidNumberException("'" + text + "' is not a phone number: unexpected character '" + c + "'");
            }
        }
        if (digits.length() == 0) {
            throw new InvalidNumberException("'" + text + "' is not a phone number: it has no digits");
        }
        return digits.toString();
    }
}
