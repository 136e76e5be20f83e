package io.telesim.billing.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} kopecks read \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "12345 | 123.45 ₽",
        "5     | 0.05 ₽",
        "50    | 0.50 ₽",
        "0     | 0.00 ₽",
        "-50   | -0.50 ₽",
        "-12345| -123.45 ₽",
        "100000| 1000.00 ₽"
    })
    void shouldFormatKopecksAsRoublesWithTwoDecimalsAndTheRoubleSign(long kopecks, String text) {
        assertEquals(text, Money.ofKopecks(kopecks).toString());
        assertEquals(text, Money.format(kopecks));
    }

    @Test
    void shouldFormatPlainAmountsWithoutTheRoubleSign() {
        assertEquals("123.45", Money.plain(12_345));
        assertEquals("-0.07", Money.plain(-7));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} kopecks")
    @CsvSource(delimiter = '|', value = {
        "123.45     | 12345",
        "99         | 9900",
        "-5,50      | -550",
        "1 200.00 ₽ | 120000",
        "12.3       | 1230",
        "0.05       | 5",
        "100 RUB    | 10000",
        "+7.00      | 700",
        "  42.10 ₽  | 4210"
    })
    void shouldParseAmountsAsPeopleWriteThem(String text, long kopecks) {
        assertEquals(Money.ofKopecks(kopecks), Money.parse(text));
    }

    @Test
    void shouldParseANonBreakingSpaceBetweenThousands() {
        assertEquals(Money.ofRubles(1_000), Money.parse("1\u00a0000 ₽"));
    }

    @Test
    void shouldRejectThreeDecimalsInsteadOfRoundingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("1.005"));
        assertTrue(e.getMessage().contains("at most 2 digits"), e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "abc", "1.2.3", "12a", "-", "₽", "1,2,3"})
    void shouldRejectTextThatIsNotAnAmountWithAMessageNamingIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void shouldAskForAnAmountWhenGivenNothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse(null));
        assertTrue(e.getMessage().contains("required"), e.getMessage());
    }

    @Test
    void shouldRejectAnAmountTooLargeToHoldWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("999999999999999999999"));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void shouldAddAndSubtractExactly() {
        assertEquals(Money.ofKopecks(12_390), Money.parse("100.45").plus(Money.parse("23.45")));
        assertEquals(Money.ofKopecks(-45), Money.ofRubles(1).minus(Money.parse("1.45")));
        assertTrue(Money.ofKopecks(-1).isNegative());
        assertThrows(ArithmeticException.class, () -> Money.ofKopecks(Long.MAX_VALUE).plus(Money.ofKopecks(1)));
    }

    @Test
    void shouldOrderAmountsByValue() {
        assertTrue(Money.parse("0.99").compareTo(Money.ofRubles(1)) < 0);
        assertEquals(0, Money.parse("1,00").compareTo(Money.ofRubles(1)));
    }
}
