package io.telesim.smpp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentsTest {

    @ParameterizedTest(name = "{0} units of {1}: {2} SMS")
    @CsvSource({
        "0, GSM7, 1", "1, GSM7, 1", "160, GSM7, 1", "161, GSM7, 2", "306, GSM7, 2", "307, GSM7, 3", "459, GSM7, 3", "460, GSM7, 4",
        "140, UCS2, 1", "141, UCS2, 2", "142, UCS2, 2", "268, UCS2, 2", "270, UCS2, 3",
        "140, BINARY, 1", "141, BINARY, 2", "140, LATIN1, 1", "269, LATIN1, 3", "140, IA5, 1", "141, IA5, 2"
    })
    void shouldCountSmsByLength(int units, SmsAlphabet alphabet, int expected) {
        assertEquals(expected, Segments.count(alphabet, units));
    }

    @Test
    void shouldRefuseANegativeLength() {
        assertThrows(IllegalArgumentException.class, () -> Segments.count(SmsAlphabet.GSM7, -1));
    }

    @Test
    void shouldFitOneHundredSixtyGsmCharactersInOneSms() {
        assertEquals(1, Segments.count("a".repeat(160)));
        assertEquals(2, Segments.count("a".repeat(161)));
        assertEquals(2, Segments.count("a".repeat(306)));
        assertEquals(3, Segments.count("a".repeat(307)));
    }

    @Test
    void shouldCountExtensionCharactersAsTwoSeptets() {
        assertEquals(1, Segments.count("€".repeat(80)));
        assertEquals(2, Segments.count("€".repeat(80) + "a"));
        assertEquals(2, Segments.count("a".repeat(159) + "{"));
    }

    @Test
    void shouldFitSeventyCyrillicCharactersInOneSms() {
        assertEquals(1, Segments.count("Ж".repeat(70)));
        assertEquals(2, Segments.count("Ж".repeat(71)));
        assertEquals(2, Segments.count("Ж".repeat(134)));
        assertEquals(3, Segments.count("Ж".repeat(135)));
    }

    @Test
    void shouldSwitchToUcs2ForOneCharacterOutsideTheGsmAlphabet() {
        assertEquals(1, Segments.count("a".repeat(69) + "Ж"));
        assertEquals(2, Segments.count("a".repeat(70) + "Ж"));
    }

    @Test
    void shouldCountAnEmojiAsTwoUcs2Characters() {
        assertEquals(1, Segments.count("😀".repeat(35)));
        assertEquals(2, Segments.count("😀".repeat(35) + "a"));
    }

    @Test
    void shouldNeedAnotherPartWhenAnEscapePairWouldStraddleTheBoundary() {
        // 152 septets, then '€' (2 septets) would end at 154 > 153: it goes to part 2, which then has 154 - 152 + 151 = 153
        String fits = "a".repeat(152) + "€" + "a".repeat(151);
        String overflows = fits + "a";

        assertEquals(305, Gsm7.septets(fits));
        assertEquals(2, Segments.count(fits));
        assertEquals(306, Gsm7.septets(overflows));
        assertEquals(2, Segments.count(SmsAlphabet.GSM7, 306));
        assertEquals(3, Segments.count(overflows));
    }

    @Test
    void shouldNeedAnotherPartWhenASurrogatePairWouldStraddleTheBoundary() {
        // 66 characters, then an emoji (2 characters) would end at 68 > 67
        String text = "Ж".repeat(66) + "😀" + "Ж".repeat(66);

        assertEquals(134, text.length());
        assertEquals(2, Segments.count(SmsAlphabet.UCS2, 2 * text.length()));
        assertEquals(3, Segments.count(text));
    }
}
