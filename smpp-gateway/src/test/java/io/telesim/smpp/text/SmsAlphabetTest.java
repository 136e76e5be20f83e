package io.telesim.smpp.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.telesim.smpp.SmppRejection;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsAlphabetTest {

    @ParameterizedTest(name = "data_coding {0} is {1}")
    @CsvSource({
        // SMPP 3.4's own values
        "0x00, GSM7", "0x01, IA5", "0x02, BINARY", "0x03, LATIN1", "0x04, BINARY", "0x08, UCS2",
        // GSM general data coding group: bits 3-2 pick the alphabet, with or without a message class
        "0x10, GSM7", "0x11, GSM7", "0x13, GSM7", "0x14, BINARY", "0x16, BINARY", "0x18, UCS2", "0x1B, UCS2",
        // message waiting indication groups
        "0xC0, GSM7", "0xC8, GSM7", "0xD3, GSM7", "0xDF, GSM7", "0xE0, UCS2", "0xEF, UCS2",
        // data coding / message class group: bit 2 picks GSM7 or 8-bit
        "0xF0, GSM7", "0xF1, GSM7", "0xF3, GSM7", "0xF4, BINARY", "0xF5, BINARY", "0xF7, BINARY", "0xFF, BINARY"
    })
    void shouldReadTheAlphabetOfEachDataCodingGroup(String dataCoding, SmsAlphabet expected) throws SmppRejection {
        assertEquals(expected, SmsAlphabet.of((byte) Integer.decode(dataCoding).intValue()));
    }

    @ParameterizedTest(name = "data_coding {0} is refused")
    @ValueSource(strings = {
        // JIS, Cyrillic, Hebrew, pictogram, ISO-2022-JP, reserved, reserved, Kanji, KS C 5601, reserved
        "0x05", "0x06", "0x07", "0x09", "0x0A", "0x0B", "0x0C", "0x0D", "0x0E", "0x0F",
        // general group: reserved alphabet (bits 3-2 = 11), compressed (bit 5)
        "0x1C", "0x1F", "0x20", "0x24", "0x28", "0x30", "0x38", "0x3F",
        // reserved coding groups
        "0x40", "0x7F", "0x80", "0xBF"
    })
    void shouldRejectCompressedReservedAndUnsupportedDataCodings(String dataCoding) {
        SmppRejection rejection = assertThrows(SmppRejection.class, () -> SmsAlphabet.of((byte) Integer.decode(dataCoding).intValue()));

        assertEquals(SmppRejection.ESME_RINVDCS, rejection.commandStatus());
        assertTrue(rejection.getMessage().contains(dataCoding.toUpperCase().replace("0X", "0x")), rejection.getMessage());
    }

    @Test
    void shouldDecideEveryDataCodingValueOneWayOrTheOther() {
        int accepted = 0;
        for (int dcs = 0; dcs < 256; dcs++) {
            try {
                SmsAlphabet.of((byte) dcs);
                accepted++;
            } catch (SmppRejection rejected) {
                assertEquals(SmppRejection.ESME_RINVDCS, rejected.commandStatus());
            }
        }
        // 6 SMPP values, 0x10-0x1F less 4 reserved alphabets, 48 message waiting, 16 message class
        assertEquals(6 + 12 + 48 + 16, accepted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GSM7, 0x00", "IA5, 0x01", "LATIN1, 0x03", "UCS2, 0x08", "BINARY, 0x04"})
    void shouldSendEachAlphabetWithADataCodingThatReadsBackAsIt(SmsAlphabet alphabet, String dataCoding) throws SmppRejection {
        assertEquals((byte) Integer.decode(dataCoding).intValue(), alphabet.dataCoding());
        assertEquals(alphabet, SmsAlphabet.of(alphabet.dataCoding()));
    }

    @Test
    void shouldDecodeGsmTextWithExtensionCharacters() throws SmppRejection {
        byte[] octets = {0x1B, 0x3C, 0x4F, 0x4B, 0x1B, 0x3E, 0x20, 0x1B, 0x65, 0x31, 0x30};

        assertEquals("[OK] €10", SmsAlphabet.GSM7.decode(octets, 0, octets.length));
        assertArrayEquals(octets, SmsAlphabet.GSM7.encode("[OK] €10"));
    }

    @Test
    void shouldDecodeCyrillicUcs2BigEndian() throws SmppRejection {
        byte[] octets = {0x04, 0x1F, 0x04, 0x40, 0x04, 0x38, 0x04, 0x32, 0x04, 0x35, 0x04, 0x42};

        assertEquals("Привет", SmsAlphabet.UCS2.decode(octets, 0, octets.length));
        assertArrayEquals(octets, SmsAlphabet.UCS2.encode("Привет"));
    }

    @Test
    void shouldCarryAnEmojiAsItsSurrogatePairInUcs2() throws SmppRejection {
        byte[] octets = {(byte) 0xD8, 0x3D, (byte) 0xDE, 0x00, 0x00, 0x21};

        assertEquals("😀!", SmsAlphabet.UCS2.decode(octets, 0, octets.length));
        assertArrayEquals(octets, SmsAlphabet.UCS2.encode("😀!"));
    }

    @Test
    void shouldRejectAnOddNumberOfUcs2Octets() {
        SmppRejection rejection = assertThrows(SmppRejection.class, () -> SmsAlphabet.UCS2.decode(new byte[] {0x04, 0x1F, 0x04}, 0, 3));

        assertEquals(SMPPConstant.STAT_ESME_RINVMSGLEN, rejection.commandStatus());
    }

    @Test
    void shouldDecodeLatin1IncludingItsUpperHalf() throws SmppRejection {
        byte[] octets = {0x43, 0x61, 0x66, (byte) 0xE9, 0x20, (byte) 0xA3, 0x35};

        assertEquals("Café £5", SmsAlphabet.LATIN1.decode(octets, 0, octets.length));
        assertArrayEquals(octets, SmsAlphabet.LATIN1.encode("Café £5"));
        assertArrayEquals(new byte[] {0x3F}, SmsAlphabet.LATIN1.encode("Ж"));
    }

    @Test
    void shouldDecodeIa5AsAscii() throws SmppRejection {
        byte[] octets = "Code: 1234 `ok`".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertEquals("Code: 1234 `ok`", SmsAlphabet.IA5.decode(octets, 0, octets.length));
        assertArrayEquals(octets, SmsAlphabet.IA5.encode("Code: 1234 `ok`"));
    }

    @Test
    void shouldRejectIa5OctetsWithTheHighBitSet() {
        SmppRejection rejection = assertThrows(SmppRejection.class, () -> SmsAlphabet.IA5.decode(new byte[] {0x41, (byte) 0xE9}, 0, 2));

        assertEquals(SmppRejection.ESME_RINVDCS, rejection.commandStatus());
    }

    @Test
    void shouldShowBinaryDataAsUppercaseHex() throws SmppRejection {
        byte[] octets = {0x00, 0x0A, 0x1B, (byte) 0x9F, (byte) 0xFF};

        assertEquals("000A1B9FFF", SmsAlphabet.BINARY.decode(octets, 0, octets.length));
        assertEquals("1B9F", SmsAlphabet.BINARY.decode(octets, 2, 2));
        assertArrayEquals(octets, SmsAlphabet.BINARY.encode("000a1b9fFF"));
    }

    @Test
    void shouldRefuseToEncodeTextThatIsNotHexAsBinary() {
        assertThrows(IllegalArgumentException.class, () -> SmsAlphabet.BINARY.encode("ABC"));
        assertThrows(IllegalArgumentException.class, () -> SmsAlphabet.BINARY.encode("0G"));
        assertThrows(IllegalArgumentException.class, () -> SmsAlphabet.BINARY.encode("٠١"));
    }

    @Test
    void shouldDecodeAfterTheUserDataHeader() throws SmppRejection {
        byte[] shortMessage = {0x05, 0x00, 0x03, 0x2A, 0x02, 0x01, 0x48, 0x69};

        assertEquals("Hi", SmsAlphabet.GSM7.decode(shortMessage, 6, 2));
    }

    @Test
    void shouldRejectARangeOutsideTheMessageInEveryAlphabet() {
        for (SmsAlphabet alphabet : SmsAlphabet.values()) {
            SmppRejection rejection = assertThrows(SmppRejection.class, () -> alphabet.decode(new byte[4], 3, 2), alphabet.name());
            assertEquals(SMPPConstant.STAT_ESME_RINVMSGLEN, rejection.commandStatus());
        }
    }
}
