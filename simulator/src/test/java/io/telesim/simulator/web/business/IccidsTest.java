package io.telesim.simulator.web.business;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.telesim.simulator.web.http.ApiError;

/** SIM card numbers: 19 digits from 89 with a Luhn check digit, typed or made up. */
class IccidsTest {

    @Test
    void typedCardsMustBeValidIccids() {
        assertEquals(8_970_199_000_000_000_015L, Iccids.parse("8970 1990 0000 0000 015"));
        assertEquals(400, assertThrows(ApiError.class, () -> Iccids.parse("8970199000000000016")).status());
        assertEquals(400, assertThrows(ApiError.class, () -> Iccids.parse("8970199000000000010")).status());
        assertEquals(400, assertThrows(ApiError.class, () -> Iccids.parse("7970199000000000015")).status());
        assertEquals(400, assertThrows(ApiError.class, () -> Iccids.parse(null)).status());
    }

    @Test
    void madeUpCardsAreValidAndDifferBySerial() {
        long first = Iccids.make(79_161_000_011L, 1);
        long second = Iccids.make(79_161_000_011L, 2);
        assertEquals(first, Iccids.parse(Long.toString(first)));
        assertEquals(second, Iccids.parse(Long.toString(second)));
        assertEquals(19, Long.toString(first).length());
        assertNotEquals(first, second);
    }
}
