package io.telesim.simulator.web.money;

import java.time.YearMonth;
import java.time.ZoneOffset;

import io.telesim.billing.catalog.TopUpPolicy;
import io.telesim.billing.money.Money;
import io.telesim.simulator.web.http.ApiError;

/**
 * Checks a card payment request before it reaches the acquirer, or a card before it is linked to the auto
 * top-up rule: a missing field is a 400; a number that
 * fails the Luhn check, an expiry that is not MM/YY or has passed, a CVC that is not three digits, or an
 * amount outside the catalog's top-up limits is a 422 that says which.
 */
final class CardCheck {

    /** What the acquirer needs of a checked request: the card's digits (never stored) and the amount. */
    record CheckedCard(String digits, long amount) {

        String masked() {
            return CardNumber.masked(digits);
        }
    }

    private final TopUpPolicy limits;
    private final ZoneOffset zone;

    CardCheck(TopUpPolicy limits, ZoneOffset zone) {
        this.limits = limits;
        this.zone = zone;
    }

    CheckedCard check(MoneyRequests.CardTopUp request, long nowMillis) {
        if (request.cardNumber() == null || request.expiry() == null || request.cvc() == null) {
            throw ApiError.badRequest("a card payment needs 'cardNumber', 'expiry' (MM/YY), 'cvc' and 'amount' (kopecks)");
        }
        String digits = card(request.cardNumber(), request.expiry(), request.cvc(), nowMillis);
        if (request.amount() < limits.minAmount() || request.amount() > limits.maxAmount()) {
            throw invalid("amount_out_of_limits", "a top-up is from " + Money.format(limits.minAmount()) + " to "
                    + Money.format(limits.maxAmount()));
        }
        return new CheckedCard(digits, request.amount());
    }

    /** Checks a card alone (number, expiry, CVC; none of them null) as a payment would; returns its digits. */
    String card(String number, String expiryText, String cvc, long nowMillis) {
        String digits = CardNumber.digits(number.trim());
        if (digits == null || digits.length() < 12 || digits.length() > 19) {
            throw invalid("card_number_invalid", "a card number has 12 to 19 digits");
        }
        if (!CardNumber.luhnValid(digits)) {
            throw invalid("card_number_invalid", "the card number is mistyped: its check digit does not match (Luhn)");
        }
        YearMonth expiry = expiry(expiryText.trim());
        if (expiry.isBefore(month(nowMillis))) {
            throw invalid("card_expired", "the card expired at the end of " + expiryText.trim());
        }
        if (!cvc.trim().matches("[0-9]{3}")) {
            throw invalid("cvc_invalid", "the CVC is the three digits on the back of the card");
        }
        return digits;
    }

    /** The month it is at {@code nowMillis} in the operator's time zone, as card expiries count. */
    YearMonth month(long nowMillis) {
        return YearMonth.from(java.time.Instant.ofEpochMilli(nowMillis).atOffset(zone));
    }

    /** The month an expiry typed as MM/YY names; a 422 when it is not one. */
    static YearMonth expiry(String text) {
        if (!text.matches("[0-9]{2}\\s*/\\s*[0-9]{2}")) {
            throw invalid("expiry_invalid", "the expiry date is MM/YY, as printed on the card");
        }
        int month = Integer.parseInt(text.substring(0, 2));
        int year = 2000 + Integer.parseInt(text.substring(text.length() - 2));
        if (month < 1 || month > 12) {
            throw invalid("expiry_invalid", "the expiry month is 01 to 12");
        }
        return YearMonth.of(year, month);
    }

    private static ApiError invalid(String code, String message) {
        return new ApiError(422, code, message);
    }
}
