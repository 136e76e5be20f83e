package io.telesim.simulator.web.money;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a card payment is. Only {@link #APPROVED} moves money; the others are final refusals, kept in the
 * history with their reason. {@link #AWAITING_CONFIRMATION} becomes approved with the right code, failed
 * after three wrong ones, or expired when nobody confirms it in time.
 */
enum PaymentState {
    AWAITING_CONFIRMATION,
    APPROVED,
    DECLINED,
    FAILED,
    EXPIRED;

    /** The state as the API and the store write it: {@code awaiting_confirmation}, {@code approved}, ... */
    @JsonValue
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
