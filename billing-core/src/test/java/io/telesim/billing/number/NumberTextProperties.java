package io.telesim.billing.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** Numbers as people type them: every usual form of a number reads as its eleven digits; short numbers keep their digits. */
class NumberTextProperties {

    @Property(tries = 300)
    void everyUsualWayOfWritingAMobileNumberReadsAsTheSameElevenDigits(
            @ForAll @LongRange(min = 9_000_000_000L, max = 9_999_999_999L) long national, @ForAll("separators") String separator) {
        String ten = Long.toString(national);
        String spaced = ten.substring(0, 3) + separator + ten.substring(3, 6) + separator + ten.substring(6, 8) + separator
                + ten.substring(8);
        long expected = 70_000_000_000L + national;

        assertEquals(expected, Msisdn.parseValue("+7" + separator + spaced));
        assertEquals(expected, Msisdn.parseValue("8" + separator + spaced));
        assertEquals(expected, Msisdn.parseValue("7" + spaced));
        assertEquals(expected, Msisdn.parseValue(spaced));
        assertEquals(expected, Msisdn.parseValue(new Msisdn(expected).formatted()));
        assertEquals(expected, PartyNumber.parse("8" + separator + spaced));
    }

    @Property(tries = 300)
    void shortNumbersKeepTheirDigitsLeadingZerosIncluded(@ForAll @NumericChars @StringLength(min = 2, max = 6) String digits) {
        long party = PartyNumber.parse(digits);

        assertTrue(PartyNumber.isShort(party));
        assertEquals(digits, PartyNumber.toString(party));
    }

    @Property(tries = 500)
    void anyTextEitherReadsAsANumberOrIsRefusedWithAnInvalidNumberError(@ForAll String text) {
        try {
            PartyNumber.parse(text);
        } catch (InvalidNumberException e) {
            assertTrue(!e.getMessage().isBlank());
        }
        try {
            assertTrue(Msisdn.isValid(Msisdn.parseValue(text)));
        } catch (InvalidNumberException e) {
            assertTrue(!e.getMessage().isBlank());
        }
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", " ", "-", " - ");
    }
}
