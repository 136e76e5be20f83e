package io.telesim.smpp.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.telesim.smpp.SmppRejection;
import java.util.HashSet;
import java.util.Set;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Gsm7Test {

    /** TS 23.038 §6.2.1, row by row: septet 0x00 to 0x7F; 0x1B (escape) stands as a space here. */
    private static final String DEFAULT_ALPHABET =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    @Test
    void shouldMapEverySeptetOfTheDefaultAlphabetToItsCharacterAndBack() throws SmppRejection {
        assertEquals(128, DEFAULT_ALPHABET.length());
        for (int septet = 0; septet < 128; septet++) {
            if (septet == 0x1B) {
                continue;
            }
            String character = String.valueOf(DEFAULT_ALPHABET.charAt(septet));
            assertEquals(character, Gsm7.decode(new byte[] {(byte) septet}, 0, 1), "septet " + septet);
            assertArrayEquals(new byte[] {(byte) septet}, Gsm7.encode(character), character);
        }
    }

    @ParameterizedTest(name = "{0} is escape {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "^   | 0x14", "{ | 0x28", "} | 0x29", "\\ | 0x2F", "[ | 0x3C", "~ | 0x3D", "] | 0x3E", "\"|\" | 0x40", "€ | 0x65"
    })
    void shouldEncodeExtensionTableCharactersAsEscapePairs(String character, String code) throws SmppRejection {
        byte septet = (byte) Integer.parseInt(code.substring(2), 16);
        byte[] pair = {0x1B, septet};

        assertArrayEquals(pair, Gsm7.encode(character));
        assertEquals(character, Gsm7.decode(pair, 0, 2));
        assertEquals(2, Gsm7.septets(character));
        assertTrue(Gsm7.canEncode(character));
    }

    @Test
    void shouldEncodeFormFeedThroughTheExtensionTable() throws SmppRejection {
        assertArrayEquals(new byte[] {0x1B, 0x0A}, Gsm7.encode("\f"));
        assertEquals("\f", Gsm7.decode(new byte[] {0x1B, 0x0A}, 0, 2));
    }

    @Test
    void shouldWriteASentenceWithExtensionCharactersOneSeptetPerOctet() {
        byte[] expected = {0x50, 0x72, 0x69, 0x63, 0x65, 0x20, 0x1B, 0x65, 0x35, 0x20, 0x1B, 0x28, 0x6F, 0x6B, 0x1B, 0x29};

        assertArrayEquals(expected, Gsm7.encode("Price €5 {ok}"));
        assertEquals(16, Gsm7.septets("Price €5 {ok}"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Привет", "ç", "`", "日本", "😀", "É\u0301"})
    void shouldTellTextOutsideBothTablesCannotBeEncoded(String text) {
        assertFalse(Gsm7.canEncode(text));
    }

    @Test
    void shouldWriteOneQuestionMarkForEachCharacterOutsideTheTables() throws SmppRejection {
        String text = "a😀bЖ";

        assertEquals(4, Gsm7.septets(text));
        assertEquals("a?b?", Gsm7.decode(Gsm7.encode(text), 0, 4));
    }

    @Test
    void shouldReadAnEscapeBeforeAnEmptyExtensionCodeAsTheDefaultCharacter() throws SmppRejection {
        assertEquals("A", Gsm7.decode(new byte[] {0x1B, 0x41}, 0, 2));
    }

    @Test
    void shouldReadADoubleEscapeAsASpace() throws SmppRejection {
        assertEquals("a b", Gsm7.decode(new byte[] {0x61, 0x1B, 0x1B, 0x62}, 0, 4));
    }

    @Test
    void shouldDecodeOnlyTheGivenRange() throws SmppRejection {
        byte[] octets = {(byte) 0xFF, 0x48, 0x69, (byte) 0xFF};

        assertEquals("Hi", Gsm7.decode(octets, 1, 2));
        assertEquals("", Gsm7.decode(octets, 4, 0));
    }

    @Test
    void shouldRejectAnOctetAboveTheSeptetRange() {
        SmppRejection rejection = assertThrows(SmppRejection.class, () -> Gsm7.decode(new byte[] {0x41, (byte) 0x80}, 0, 2));

        assertEquals(SmppRejection.ESME_RINVDCS, rejection.commandStatus());
        assertTrue(rejection.getMessage().contains("0x80"), rejection.getMessage());
    }

    @Test
    void shouldRejectTextEndingInAnEscape() {
        SmppRejection rejection = assertThrows(SmppRejection.class, () -> Gsm7.decode(new byte[] {0x41, 0x1B}, 0, 2));

        assertEquals(SmppRejection.ESME_RINVDCS, rejection.commandStatus());
    }

    @Test
    void shouldRejectARangeOutsideTheArray() {
        SmppRejection rejection = assertThrows(SmppRejection.class, () -> Gsm7.decode(new byte[3], 2, 2));

        assertEquals(SMPPConstant.STAT_ESME_RINVMSGLEN, rejection.commandStatus());
    }

    @Test
    void shouldGiveEveryEncodableCharacterItsOwnCode() {
        Set<String> codes = new HashSet<>();
        String all = DEFAULT_ALPHABET.replace(" ", "") + " ^{}\\[~]|€\f";
        for (char c : all.toCharArray()) {
            assertTrue(codes.add(java.util.Arrays.toString(Gsm7.encode(String.valueOf(c)))), "code of '" + c + "' repeats");
        }
        assertEquals(137, codes.size());
    }
}
