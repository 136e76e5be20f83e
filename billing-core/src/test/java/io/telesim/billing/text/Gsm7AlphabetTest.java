package io.telesim.billing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Gsm7AlphabetTest {

    @Test
    void defaultCharactersTakeOneSeptetExtensionCharactersTwoOthersNone() {
        assertEquals(11, Gsm7Alphabet.septets("Hello, Anna"));
        assertEquals(6, Gsm7Alphabet.septets("{€}"));
        assertEquals(-1, Gsm7Alphabet.septets("Привет"));
        assertEquals(2, Gsm7Alphabet.cost('|'));
        assertEquals(-1, Gsm7Alphabet.cost('Я'));
    }

    @Test
    void codesReadBackAsTheirCharacters() {
        for (char c : "@£$ΔΞÆé0aZ?".toCharArray()) {
            assertEquals(c, Gsm7Alphabet.character(Gsm7Alphabet.code(c)));
        }
        for (char c : "^{}\\[~]|€\f".toCharArray()) {
            int code = Gsm7Alphabet.code(c);
            assertEquals(c, Gsm7Alphabet.extension(code - Gsm7Alphabet.ESCAPED));
        }
        assertEquals(Gsm7Alphabet.NONE, Gsm7Alphabet.extension(0x41));
    }
}
