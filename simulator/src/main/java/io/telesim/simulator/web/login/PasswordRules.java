package io.telesim.simulator.web.login;

/** F2: a permanent password is longer than 7 characters, with digits and both upper- and lower-case letters. */
public final class PasswordRules {

    private PasswordRules() {
    }

    /** Why {@code password} is not acceptable, or null when it is. */
    public static String problem(String password) {
        if (password == null || password.length() <= 7) {
            return "the password must be longer than 7 characters";
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            return "the password must contain a digit";
        }
        if (password.chars().noneMatch(Character::isUpperCase)) {
            return "the password must contain an upper-case letter";
        }
        if (password.chars().noneMatch(Character::isLowerCase)) {
            return "the password must contain a lower-case letter";
        }
        if (password.length() > 128) {
            return "the password must be at most 128 characters";
        }
        return null;
    }
}
