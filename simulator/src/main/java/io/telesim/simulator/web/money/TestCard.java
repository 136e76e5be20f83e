package io.telesim.simulator.web.money;

/**
 * The simulated acquirer's test cards: any expiry in the future and any three-digit CVC work with them.
 * Every other card that passes the checks is declined as unknown to the test bank.
 */
public enum TestCard {
    /** Always approved at once. */
    APPROVED("4111111111111111"),
    /** Always declined: insufficient funds at the bank. */
    DECLINED("4000000000000002"),
    /** Approved after the subscriber types the six-digit code the bank sends by SMS (3-D Secure style). */
    CONFIRMATION_CODE("4000000000003220");

    private final String digits;

    TestCard(String digits) {
        this.digits = digits;
    }

    public String digits() {
        return digits;
    }

    /** The number in groups of four, as printed on a card. */
    public String printed() {
        return digits.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The behaviour's key in the texts and the API: {@code approved}, {@code declined}, {@code confirmation_code}. */
    public String behaviour() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The test card with these digits, or null. */
    static TestCard of(String digits) {
        for (TestCard card : values()) {
            if (card.digits.equals(digits)) {
                return card;
            }
        }
        return null;
    }
}
