package io.telesim.smpp.concat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.telesim.smpp.SmppRejection;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.Test;

class UdhTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void shouldReadAnEightBitReferenceConcatenationElement() throws SmppRejection {
        byte[] shortMessage = bytes(0x05, 0x00, 0x03, 0xA7, 0x03, 0x02, 'h', 'i');

        assertEquals(6, Udh.headerLength(shortMessage));
        assertEquals(new ConcatPart(0xA7, 3, 2), Udh.concatenation(shortMessage));
    }

    @Test
    void shouldReadASixteenBitReferenceConcatenationElement() throws SmppRejection {
        byte[] shortMessage = bytes(0x06, 0x08, 0x04, 0x12, 0x34, 0x02, 0x01, 'h');

        assertEquals(7, Udh.headerLength(shortMessage));
        assertEquals(new ConcatPart(0x1234, 2, 1), Udh.concatenation(shortMessage));
    }

    @Test
    void shouldFindTheConcatenationElementAmongOthers() throws SmppRejection {
        // a port addressing element (0x05, 4 octets) before the concatenation
        byte[] shortMessage = bytes(0x0B, 0x05, 0x04, 0x0B, 0x84, 0x23, 0xF0, 0x00, 0x03, 0x09, 0x02, 0x02, 0xCA, 0xFE);

        assertEquals(12, Udh.headerLength(shortMessage));
        assertEquals(new ConcatPart(9, 2, 2), Udh.concatenation(shortMessage));
    }

    @Test
    void shouldTakeTheLastOfRepeatedConcatenationElements() throws SmppRejection {
        byte[] shortMessage = bytes(0x0A, 0x00, 0x03, 0x01, 0x02, 0x01, 0x00, 0x03, 0x05, 0x04, 0x03);

        assertEquals(new ConcatPart(5, 4, 3), Udh.concatenation(shortMessage));
    }

    @Test
    void shouldAnswerNullForAHeaderWithoutConcatenation() throws SmppRejection {
        assertNull(Udh.concatenation(bytes(0x04, 0x05, 0x02, 0x0B, 0x84, 'x')));
        assertNull(Udh.concatenation(bytes(0x00, 'x')));
        assertEquals(1, Udh.headerLength(bytes(0x00)));
    }

    @Test
    void shouldRejectAnEmptyMessage() {
        assertRejected(new byte[0]);
    }

    @Test
    void shouldRejectAHeaderLongerThanTheMessage() {
        SmppRejection rejection = assertRejected(bytes(0x05, 0x00, 0x03, 0x01, 0x02));

        assertTrue(rejection.getMessage().contains("only 5"), rejection.getMessage());
    }

    @Test
    void shouldRejectAnElementRunningPastTheHeader() {
        assertRejected(bytes(0x04, 0x00, 0x03, 0x01, 0x02, 0x01, 'x'));
    }

    @Test
    void shouldRejectAnElementWithoutItsLengthOctet() {
        assertRejected(bytes(0x01, 0x00, 'x'));
    }

    @Test
    void shouldRejectAConcatenationElementOfTheWrongLength() {
        assertConcatenationRejected(bytes(0x04, 0x00, 0x02, 0x01, 0x02));
        assertConcatenationRejected(bytes(0x05, 0x08, 0x03, 0x01, 0x02, 0x01));
    }

    @Test
    void shouldRejectPartNumbersOutsideOneToTheTotal() {
        assertConcatenationRejected(bytes(0x05, 0x00, 0x03, 0x01, 0x02, 0x00));
        assertConcatenationRejected(bytes(0x05, 0x00, 0x03, 0x01, 0x02, 0x03));
        assertConcatenationRejected(bytes(0x05, 0x00, 0x03, 0x01, 0x00, 0x00));
    }

    @Test
    void shouldWriteTheHeaderItReads() throws SmppRejection {
        byte[] shortMessage = new byte[8];

        Udh.writeConcatenation8Bit(shortMessage, 0x1C8, 5, 4);

        assertEquals(6, Udh.headerLength(shortMessage));
        assertEquals(new ConcatPart(0xC8, 5, 4), Udh.concatenation(shortMessage));
    }

    @Test
    void shouldValidateConcatParts() {
        assertThrows(IllegalArgumentException.class, () -> new ConcatPart(1, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> new ConcatPart(1, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> new ConcatPart(1, 256, 1));
        assertThrows(IllegalArgumentException.class, () -> new ConcatPart(-1, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new ConcatPart(0x10000, 2, 1));
        assertEquals(255, new ConcatPart(0xFFFF, 255, 255).total());
    }

    private static SmppRejection assertRejected(byte[] shortMessage) {
        SmppRejection rejection = assertThrows(SmppRejection.class, () -> Udh.headerLength(shortMessage));
        assertEquals(SMPPConstant.STAT_ESME_RINVMSGLEN, rejection.commandStatus());
        SmppRejection again = assertThrows(SmppRejection.class, () -> Udh.concatenation(shortMessage));
        assertEquals(SMPPConstant.STAT_ESME_RINVMSGLEN, again.commandStatus());
        return rejection;
    }

    private static void assertConcatenationRejected(byte[] shortMessage) {
        SmppRejection rejection = assertThrows(SmppRejection.class, () -> Udh.concatenation(shortMessage));
        assertEquals(SMPPConstant.STAT_ESME_RINVMSGLEN, rejection.commandStatus());
    }
}
