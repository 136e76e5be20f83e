package io.telesim.simulator.web.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** Card numbers: the Luhn check, the digits people type, the mask. */
class CardNumberTest {

    /** The digit that makes {@code body} followed by it pass the Luhn check. */
    private static char checkDigit(String body) {
        for (char digit = '0'; digit <= '9'; digit++) {
            if (CardNumber.luhnValid(body + digit)) {
                return digit;
            }
        }
        throw new AssertionError("no check digit for " + body);
    }

    @Property
    void exactlyOneCheckDigitCompletesEveryNumber(@ForAll @NumericChars @StringLength(min = 11, max = 18) String body) {
        int valid = 0;
        for (char digit = '0'; digit <= '9'; digit++) {
            valid += CardNumber.luhnValid(body + digit) ? 1 : 0;
        }
        assertEquals(1, valid);
    }

    @Property
    void changingAnyOneDigitBreaksTheCheck(@ForAll @NumericChars @StringLength(min = 11, max = 18) String body,
                                           @ForAll @IntRange(min = 0, max = 18) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String number = body + checkDigit(body);
        Assume.that(position < number.length());
        char changed = (char) ('0' + (number.charAt(position) - '0' + shift) % 10);
        String mistyped = number.substring(0, position) + changed + number.substring(position + 1);
        assertFalse(CardNumber.luhnValid(mistyped), mistyped);
    }

    @Test
    void everyTestCardPassesTheCheck() {
        for (TestCard card : TestCard.values()) {
            assertTrue(CardNumber.luhnValid(card.digits()), card.name());
        }
    }

    @Test
    void spacesAndDashesAreDroppedAndAnythingElseIsRefused() {
        assertEquals("4111111111111111", CardNumber.digits("4111 1111-1111 1111"));
        assertNull(CardNumber.digits("4111 1111 1111 111O"));
        assertEquals("**** 3220", CardNumber.masked("4000000000003220"));
        assertEquals("4000 0000 0000 3220", TestCard.CONFIRMATION_CODE.printed());
    }
}
