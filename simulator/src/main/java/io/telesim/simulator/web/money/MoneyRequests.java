package io.telesim.simulator.web.money;

/** The JSON bodies the money API reads (F3); money in kopecks. */
public final class MoneyRequests {

    private MoneyRequests() {
    }

    /** A top-up by bank card: the number as typed, expiry MM/YY, the three-digit CVC, and the amount in kopecks. */
    public record CardTopUp(String cardNumber, String expiry, String cvc, long amount) {
    }

    /** The bank's confirmation code from the SMS. */
    public record Confirmation(String code) {
    }

    /**
     * When the balance falls below {@code threshold}, top up {@code amount} (both kopecks) from the card given
     * (number, MM/YY, CVC); without the card fields the card already linked stays.
     */
    public record AutoTopUp(long threshold, long amount, String cardNumber, String expiry, String cvc) {

        /** True when no card field is given (absent or blank): the rule keeps its linked card. */
        boolean withoutCard() {
            return blank(cardNumber) && blank(expiry) && blank(cvc);
        }

        /** True when some card field is missing. */
        boolean cardIncomplete() {
            return blank(cardNumber) || blank(expiry) || blank(cvc);
        }

        private static boolean blank(String field) {
            return field == null || field.isBlank();
        }
    }

    /** A promised payment of {@code amount} kopecks. */
    public record PromisedPayment(long amount) {
    }

    /** A transfer of {@code amount} kopecks to the number {@code to} (+7..., 8..., 7...). */
    public record Transfer(String to, long amount) {
    }
}
