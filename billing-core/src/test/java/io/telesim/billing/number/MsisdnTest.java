package io.telesim.billing.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MsisdnTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "+79160000001", "+7 916 000-00-01", "+7 (916) 000-00-01", "89160000001", "8 916 000 00 01", "8-916-000-00-01",
        "79160000001", "9160000001", "916 000 00 01", " +7 916 000 00 01 ", "8 (916) 000.00.01"
    })
    void shouldNormaliseEveryUsualWayOfWritingANumberToElevenDigits(String typed) {
        assertEquals(new Msisdn(79_160_000_001L), Msisdn.parse(typed));
    }

    @Test
    void shouldFormatTheNumberAsPeopleReadIt() {
        assertEquals("+7 916 000-00-01", Msisdn.parse("89160000001").formatted());
        assertEquals("79160000001", Msisdn.parse("89160000001").toString());
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
        "+8 916 000 00 01   | must start with +7",
        "+44 20 7123 4567   | must start with +7",
        "+7 916 000 00 0    | got 10 digits",
        "791600000          | got 9 digits",
        "791600000011       | got 12 digits",
        "99160000001        | expected 11 digits",
        "12345              | got 5 digits",
        "+7 916 000 00 0a   | unexpected character 'a'",
        "+7 916 000/00/01   | unexpected character '/'"
    })
    void shouldRejectWhatIsNotARussianMobileNumberSayingWhy(String typed, String why) {
        InvalidNumberException e = assertThrows(InvalidNumberException.class, () -> Msisdn.parse(typed));
        assertTrue(e.getMessage().contains(why), e.getMessage());
        assertTrue(e.getMessage().contains(typed.strip()), "the message quotes the input: " + e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "+", "-- --"})
    void shouldAskForANumberWhenThereIsNone(String typed) {
        InvalidNumberException e = assertThrows(InvalidNumberException.class, () -> Msisdn.parse(typed));
        assertTrue(e.getMessage().contains("required") || e.getMessage().contains("no digits"), e.getMessage());
    }

    @Test
    void shouldAskForANumberWhenGivenNull() {
        assertThrows(InvalidNumberException.class, () -> Msisdn.parse(null));
    }

    @Test
    void shouldRefuseToHoldAValueOutsideTheSevenZone() {
        InvalidNumberException e = assertThrows(InvalidNumberException.class, () -> new Msisdn(89_160_000_001L));
        assertTrue(e.getMessage().contains("89160000001"), e.getMessage());
        assertThrows(InvalidNumberException.class, () -> new Msisdn(7_916_000_000L));
    }

    @Test
    void shouldOrderNumbersByValue() {
        assertTrue(Msisdn.parse("+79160000001").compareTo(Msisdn.parse("+79160000002")) < 0);
    }
}
