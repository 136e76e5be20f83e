package io.telesim.billing.bonus;

/**
 * Bonus points gifted by one number to another, waiting to be claimed with {@code code}.
 *
 * @param code      the 6-digit claim code sent to the recipient by SMS
 * @param expiresAt after this, the gift cannot be claimed and the points go back to the giver
 */
public record Gift(long code, long giver, long recipient, long points, long createdAt, long expiresAt, State state) {

    /** Where a gift is in its life. */
    public enum State { OPEN, CLAIMED, EXPIRED }

    Gift with(State next) {
        return new Gift(code, giver, recipient, points, createdAt, expiresAt, next);
    }
}
