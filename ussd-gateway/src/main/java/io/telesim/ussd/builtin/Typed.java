package io.telesim.ussd.builtin;

/** What users type on a handset, read strictly: menu choices and whole amounts. */
final class Typed {

    /** More digits than any amount a subscriber types (and fewer than overflow a {@code long} in kopecks). */
    private static final int MAX_AMOUNT_DIGITS = 9;

    private Typed() {
    }

    /** The 0-based item chosen by typing {@code 1..count}, or -1 for anything else. */
    static int choice(String input, int count) {
        if (input.isEmpty() || input.length() > 3 || !input.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int chosen = Integer.parseInt(input);
        return chosen >= 1 && chosen <= count ? chosen - 1 : -1;
    }

    /**
     * A positive whole number (roubles, points) of at most {@value #MAX_AMOUNT_DIGITS} digits.
     *
     * @throws IllegalArgumentException saying what is wrong, with {@code what} naming the amount
     */
    static long wholeAmount(String input, String what) {
        if (input.isEmpty() || !input.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("The " + what + " must be a whole number, like 50.");
        }
        String digits = input.replaceFirst("^0+", "");
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("The " + what + " must be more than 0.");
        }
        if (digits.length() > MAX_AMOUNT_DIGITS) {
            throw new IllegalArgumentException("The " + what + " is too large.");
        }
        return Long.parseLong(digits);
    }
}
