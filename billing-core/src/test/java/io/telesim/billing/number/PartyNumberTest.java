package io.telesim.billing.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartyNumberTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0611", "3339", "100", "112", "00", "611", "000100", "900"})
    void shouldKeepShortNumbersAsDialledLeadingZerosIncluded(String dialled) {
        long party = PartyNumber.parse(dialled);
        assertTrue(PartyNumber.isShort(party));
        assertEquals(dialled, PartyNumber.toString(party));
    }

    @Test
    void shouldTellShortNumbersWithAndWithoutLeadingZeroApart() {
        assertNotEquals(PartyNumber.parse("0611"), PartyNumber.parse("611"));
        assertNotEquals(PartyNumber.parse("0100"), PartyNumber.parse("100"));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "+44 20 7123 4567   | 442071234567",
        "00 44 20 7123 4567 | 442071234567",
        "8 10 44 20 7123 4567 | 442071234567",
        "+1 212 555 0100    | 12125550100",
        "+380 44 123 45 67  | 380441234567"
    })
    void shouldReadInternationalNumbersWithPlusZeroZeroOrEightTenPrefix(String dialled, long expected) {
        long party = PartyNumber.parse(dialled);
        assertEquals(expected, party);
        assertFalse(PartyNumber.isShort(party));
        assertFalse(PartyNumber.isZoneSeven(party));
        assertEquals("+" + expected, PartyNumber.toString(party));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"+7 916 000-00-01", "8 916 000 00 01", "79160000001", "9160000001", "00 7 916 000 00 01",
        "8 10 7 916 000 00 01"})
    void shouldReadRussianNumbersInAnyPrefixAsTheirElevenDigits(String dialled) {
        long party = PartyNumber.parse(dialled);
        assertEquals(79_160_000_001L, party);
        assertTrue(PartyNumber.isZoneSeven(party));
        assertEquals("79160000001", PartyNumber.toString(party));
    }

    @Test
    void shouldPlaceKazakhstanInTheSevenZone() {
        assertTrue(PartyNumber.isZoneSeven(PartyNumber.parse("+7 701 123 45 67")));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
        "+112            | expected 8 to 15 digits",
        "00 44 1234      | expected 8 to 15 digits",
        "+0 44 2071234567| never starts with 0",
        "1               | got 1 digits",
        "+44 20 7123 4567 8901 23 | expected 8 to 15 digits",
        "0611#           | unexpected character '#'"
    })
    void shouldRejectWhatCannotBeDialledSayingWhy(String dialled, String why) {
        InvalidNumberException e = assertThrows(InvalidNumberException.class, () -> PartyNumber.parse(dialled));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void shouldAskForANumberWhenThereIsNone() {
        assertThrows(InvalidNumberException.class, () -> PartyNumber.parse(" "));
        assertThrows(InvalidNumberException.class, () -> PartyNumber.parse(null));
    }
}
