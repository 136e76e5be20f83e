package io.telesim.simulator.web.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.telesim.billing.catalog.TopUpPolicy;
import io.telesim.simulator.web.http.ApiError;

/** The checks a card payment passes before the bank sees it. */
class CardCheckTest {

    private static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);
    private static final long MAY_31_2027_NOON = OffsetDateTime.of(2027, 5, 31, 12, 0, 0, 0, MOSCOW).toInstant().toEpochMilli();
    private final CardCheck check = new CardCheck(new TopUpPolicy(1_000, 1_500_000, 10_000, 300_000), MOSCOW);

    private String refusal(String cardNumber, String expiry, String cvc, long amount) {
        ApiError error = assertThrows(ApiError.class,
                () -> check.check(new MoneyRequests.CardTopUp(cardNumber, expiry, cvc, amount), MAY_31_2027_NOON));
        return error.status() + " " + error.code();
    }

    @Test
    void aCardIsValidToTheEndOfItsExpiryMonth() {
        var checked = check.check(new MoneyRequests.CardTopUp("4111 1111 1111 1111", "05/27", "000", 1_000), MAY_31_2027_NOON);
        assertEquals("**** 1111", checked.masked());
        assertEquals("422 card_expired", refusal("4111111111111111", "04/27", "000", 1_000));
    }

    @Test
    void eachWrongFieldIsNamed() {
        assertEquals("422 card_number_invalid", refusal("4111111111111112", "05/27", "123", 1_000));
        assertEquals("422 card_number_invalid", refusal("4111 1111 111", "05/27", "123", 1_000));
        assertEquals("422 expiry_invalid", refusal("4111111111111111", "2027-05", "123", 1_000));
        assertEquals("422 expiry_invalid", refusal("4111111111111111", "00/30", "123", 1_000));
        assertEquals("422 cvc_invalid", refusal("4111111111111111", "05/27", "12a", 1_000));
        assertEquals("422 amount_out_of_limits", refusal("4111111111111111", "05/27", "123", 999));
        assertEquals("422 amount_out_of_limits", refusal("4111111111111111", "05/27", "123", 1_500_001));
        assertEquals("400 bad_request", refusal("4111111111111111", null, "123", 1_000));
    }
}
