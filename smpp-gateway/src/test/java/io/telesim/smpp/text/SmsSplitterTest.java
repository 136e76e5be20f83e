package io.telesim.smpp.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.telesim.smpp.SmppRejection;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmsSplitterTest {

    @Test
    void shouldSendATextThatFitsAsItsOctetsWithoutHeader() {
        EncodedText text = SmsEncoder.encode("a".repeat(160));

        List<byte[]> parts = SmsSplitter.split(text, 7);

        assertEquals(1, parts.size());
        assertArrayEquals(text.octets(), parts.get(0));
    }

    @Test
    void shouldSendAnEmptyTextAsOneEmptyMessage() {
        List<byte[]> parts = SmsSplitter.split(SmsEncoder.encode(""), 7);

        assertEquals(1, parts.size());
        assertEquals(0, parts.get(0).length);
    }

    @Test
    void shouldPutAConcatenationHeaderInFrontOfEachPart() {
        EncodedText text = SmsEncoder.encode("a".repeat(153) + "b".repeat(8));

        List<byte[]> parts = SmsSplitter.split(text, 0x2A);

        assertEquals(2, parts.size());
        assertArrayEquals(new byte[] {0x05, 0x00, 0x03, 0x2A, 0x02, 0x01}, Arrays.copyOf(parts.get(0), 6));
        assertEquals(6 + 153, parts.get(0).length);
        byte[] second = new byte[6 + 8];
        System.arraycopy(new byte[] {0x05, 0x00, 0x03, 0x2A, 0x02, 0x02}, 0, second, 0, 6);
        Arrays.fill(second, 6, 14, (byte) 'b');
        assertArrayEquals(second, parts.get(1));
    }

    @Test
    void shouldSendOnlyTheLowEightBitsOfTheReference() {
        List<byte[]> parts = SmsSplitter.split(SmsEncoder.encode("x".repeat(200)), 0x1FF);

        assertEquals((byte) 0xFF, parts.get(0)[3]);
        assertEquals((byte) 0xFF, parts.get(1)[3]);
    }

    @Test
    void shouldMoveAnEscapePairThatWouldStraddleTheBoundaryToTheNextPart() throws SmppRejection {
        EncodedText text = SmsEncoder.encode("a".repeat(152) + "€" + "tail".repeat(5));

        List<byte[]> parts = SmsSplitter.split(text, 1);

        assertEquals(6 + 152, parts.get(0).length);
        assertEquals("a".repeat(152), SmsAlphabet.GSM7.decode(parts.get(0), 6, 152));
        assertEquals("€" + "tail".repeat(5), SmsAlphabet.GSM7.decode(parts.get(1), 6, parts.get(1).length - 6));
    }

    @Test
    void shouldKeepAnEscapePairEndingExactlyAtTheBoundaryInItsPart() throws SmppRejection {
        EncodedText text = SmsEncoder.encode("a".repeat(151) + "€" + "tail".repeat(5));

        List<byte[]> parts = SmsSplitter.split(text, 1);

        assertEquals(6 + 153, parts.get(0).length);
        assertEquals("a".repeat(151) + "€", SmsAlphabet.GSM7.decode(parts.get(0), 6, 153));
    }

    @Test
    void shouldSplitUcs2IntoSixtySevenCharacterParts() throws SmppRejection {
        String text = "Ж".repeat(71);

        List<byte[]> parts = SmsSplitter.split(SmsEncoder.encode(text), 3);

        assertEquals(2, parts.size());
        assertEquals(6 + 134, parts.get(0).length);
        assertEquals("Ж".repeat(67), SmsAlphabet.UCS2.decode(parts.get(0), 6, 134));
        assertEquals("Ж".repeat(4), SmsAlphabet.UCS2.decode(parts.get(1), 6, 8));
    }

    @Test
    void shouldNeverCutASurrogatePair() throws SmppRejection {
        String text = "Ж".repeat(66) + "😀" + "end";

        List<byte[]> parts = SmsSplitter.split(SmsEncoder.encode(text), 3);

        assertEquals(2, parts.size());
        assertEquals("Ж".repeat(66), SmsAlphabet.UCS2.decode(parts.get(0), 6, parts.get(0).length - 6));
        assertEquals("😀end", SmsAlphabet.UCS2.decode(parts.get(1), 6, parts.get(1).length - 6));
    }

    @Test
    void shouldSplitBinaryDataAtOneHundredThirtyFourOctets() {
        byte[] data = new byte[300];
        Arrays.fill(data, (byte) 0x1B);

        List<byte[]> parts = SmsSplitter.split(new EncodedText(SmsAlphabet.BINARY, data), 9);

        assertEquals(3, parts.size());
        assertEquals(6 + 134, parts.get(0).length);
        assertEquals(6 + 134, parts.get(1).length);
        assertEquals(6 + 32, parts.get(2).length);
    }

    @Test
    void shouldRefuseATextThatNeedsMoreThanTwoHundredFiftyFiveParts() {
        EncodedText longest = SmsEncoder.encode("a".repeat(153 * 255));
        EncodedText tooLong = SmsEncoder.encode("a".repeat(153 * 255 + 1));

        assertEquals(255, SmsSplitter.split(longest, 0).size());
        assertThrows(IllegalArgumentException.class, () -> SmsSplitter.split(tooLong, 0));
    }
}
