package io.telesim.smpp.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.telesim.billing.number.PartyNumber;
import io.telesim.smpp.SmppRejection;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmppAddressesTest {

    @ParameterizedTest(name = "TON {0} NPI {1} \"{2}\" is {3}")
    @CsvSource(delimiter = '|', value = {
        // international, E.164
        "1 | 1 | 79161234567    | 79161234567",
        "1 | 1 | +79161234567   | 79161234567",
        "1 | 1 | 442071234567   | 442071234567",
        "1 | 1 | 12125550100    | 12125550100",
        // many ESMEs leave the plan unknown with a full number
        "1 | 0 | 79161234567    | 79161234567",
        "2 | 0 | 9161234567     | 79161234567",
        // national: the ten digits after +7, or with the trunk prefix 8
        "2 | 1 | 9161234567     | 79161234567",
        "2 | 8 | 9161234567     | 79161234567",
        "2 | 1 | 89161234567    | 79161234567",
        // unknown: whatever PartyNumber reads
        "0 | 0 | 89161234567    | 79161234567",
        "0 | 1 | +79161234567   | 79161234567",
        "0 | 0 | 9161234567     | 79161234567",
        "0 | 0 | 0044 20 7123 4567 | 442071234567",
        "0 | 1 | +442071234567  | 442071234567"
    })
    void shouldReadFullNumbers(byte ton, byte npi, String address, long expected) throws SmppRejection {
        assertEquals(expected, SmppAddresses.destination(ton, npi, address));
        SmppSender sender = SmppAddresses.source(ton, npi, address);
        assertEquals(expected, sender.party());
        assertEquals(Long.toString(expected), sender.display());
        assertFalse(sender.alphanumeric());
    }

    @ParameterizedTest(name = "TON {0} NPI {1} \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "0 | 0 | 3339", "0 | 1 | 0611", "3 | 0 | 3339", "4 | 1 | 3339", "6 | 0 | 3339", "6 | 1 | 100", "6 | 0 | 000100", "3 | 0 | 10"
    })
    void shouldReadShortNumbersKeepingTheirDigits(byte ton, byte npi, String address) throws SmppRejection {
        long party = SmppAddresses.destination(ton, npi, address);

        assertTrue(PartyNumber.isShort(party));
        assertEquals(PartyNumber.parse(address), party);
        assertEquals(new SmppSender(party, address), SmppAddresses.source(ton, npi, address));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {"Telesim", "Bank", "A", "My-Shop 24", "Café€€", "12345678901"})
    void shouldReadAlphanumericSenders(String name) throws SmppRejection {
        SmppSender sender = SmppAddresses.source((byte) 5, (byte) 0, name);

        assertEquals(new SmppSender(0, name), sender);
        assertEquals(sender, SmppAddresses.source((byte) 5, (byte) 1, name), "ESMEs often send NPI 1 with a name");
        assertTrue(sender.alphanumeric());
    }

    @ParameterizedTest(name = "TON {0} NPI {1} \"{2}\": {3}")
    @CsvSource(delimiter = '|', value = {
        "1 | 1 | ''               | empty",
        "1 | 1 | '   '            | empty",
        "1 | 9 | 79161234567      | NPI",
        "1 | 1 | 7916123456       | 11 digits",
        "1 | 1 | 791612345678     | 11 digits",
        "1 | 1 | 7916-123-45-67   | not a digit",
        "1 | 1 | 4420             | international",
        "1 | 1 | 0442071234567    | country code",
        "2 | 9 | 9161234567       | NPI",
        "2 | 1 | 79161234567      | 10 digits",
        "2 | 1 | 916123456        | 10 digits",
        "0 | 9 | 89161234567      | NPI",
        "0 | 0 | 8916abc4567      | unexpected character",
        "0 | 0 | 1234567          | Russian",
        "3 | 0 | 3                | short numbers",
        "6 | 0 | 1234567          | short numbers",
        "6 | 0 | 33a9             | not a digit",
        "6 | 3 | 3339             | NPI",
        "5 | 0 | Telesim          | alphanumeric",
        "7 | 1 | 79161234567      | not supported",
        "1 | 1 | 791612345678901234567 | 20"
    })
    void shouldRejectDestinationsSayingWhatIsWrong(byte ton, byte npi, String address, String reasonMentions) {
        SmppRejection rejection = assertThrows(SmppRejection.class, () -> SmppAddresses.destination(ton, npi, address));

        assertEquals(SMPPConstant.STAT_ESME_RINVDSTADR, rejection.commandStatus());
        assertTrue(rejection.getMessage().contains(reasonMentions), rejection.getMessage());
        assertTrue(rejection.getMessage().contains("destination_addr"), rejection.getMessage());
    }

    @ParameterizedTest(name = "TON {0} NPI {1} \"{2}\": {3}")
    @CsvSource(delimiter = '|', value = {
        "5 | 0 | ''               | empty",
        "5 | 0 | '  '             | empty",
        "5 | 0 | TelesimShop1     | at most 11",
        "5 | 0 | Telesim{1}       | count two",
        "5 | 0 | Телесим          | GSM",
        "5 | 0 | Shop😀           | GSM",
        "1 | 1 | 7916             | 11 digits",
        "6 | 0 | 1234567          | short numbers",
        "2 | 1 | abc              | not a digit",
        "4 | 0 | ''               | empty"
    })
    void shouldRejectSourcesSayingWhatIsWrong(byte ton, byte npi, String address, String reasonMentions) {
        SmppRejection rejection = assertThrows(SmppRejection.class, () -> SmppAddresses.source(ton, npi, address));

        assertEquals(SMPPConstant.STAT_ESME_RINVSRCADR, rejection.commandStatus());
        assertTrue(rejection.getMessage().contains(reasonMentions), rejection.getMessage());
    }

    @Test
    void shouldRejectANullAddress() {
        assertEquals(SMPPConstant.STAT_ESME_RINVDSTADR,
                assertThrows(SmppRejection.class, () -> SmppAddresses.destination((byte) 1, (byte) 1, null)).commandStatus());
        assertEquals(SMPPConstant.STAT_ESME_RINVSRCADR,
                assertThrows(SmppRejection.class, () -> SmppAddresses.source((byte) 5, (byte) 0, null)).commandStatus());
    }

    @Test
    void shouldReadATonAboveOneHundredTwentySevenAsUnsigned() {
        SmppRejection rejection = assertThrows(SmppRejection.class, () -> SmppAddresses.destination((byte) 0x81, (byte) 1, "79161234567"));

        assertTrue(rejection.getMessage().contains("129"), rejection.getMessage());
    }

    @ParameterizedTest(name = "{0} is written \"{1}\" with TON {2} NPI {3}")
    @CsvSource(delimiter = '|', value = {
        "79160000001  | 79160000001  | 1 | 1",
        "442071234567 | 442071234567 | 1 | 1",
        "3339         | 3339         | 6 | 0",
        "0611         | 0611         | 6 | 0"
    })
    void shouldWriteNumbersBackSoTheyReadAsTheSameParty(String dialled, String display, byte ton, byte npi) throws SmppRejection {
        long party = PartyNumber.parse(dialled.startsWith("44") ? "+" + dialled : dialled);

        assertEquals(display, SmppAddresses.display(party));
        assertEquals(ton, SmppAddresses.ton(party));
        assertEquals(npi, SmppAddresses.npi(party));
        assertEquals(party, SmppAddresses.destination(ton, npi, display));
        assertEquals(new SmppSender(party, display), SmppAddresses.source(ton, npi, display));
    }

    @Test
    void shouldHaveNoNumberToWriteForAnAlphanumericSender() {
        assertThrows(IllegalArgumentException.class, () -> SmppAddresses.display(0));
        assertEquals(5, SmppAddresses.ton(0));
        assertEquals(0, SmppAddresses.npi(0));
    }
}
