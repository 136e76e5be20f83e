package io.telesim.smpp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.Test;

class DeliveryReceiptsTest {
    private static final long ARRIVAL = 1_000L;

    private static DeliverSm deliverSm(String text, OptionalParameter... tlvs) {
        DeliverSm d = new DeliverSm();
        d.setEsmClass((byte) 0x04);
        d.setShortMessage(text.getBytes(StandardCharsets.ISO_8859_1));
        d.setOptionalParameters(tlvs);
        return d;
    }

    @Test
    void theStandardTextIsRead() {
        Receipt r = DeliveryReceipts.parse(deliverSm(
                "id:0123456789 sub:001 dlvrd:001 submit date:2401151200 done date:2401151205 stat:DELIVRD err:000 text:hi"),
                ARRIVAL);
        assertEquals("0123456789", r.messageId());
        assertEquals(MessageState.DELIVERED, r.state());
        assertEquals(0, r.errorCode());
        assertEquals(Instant.parse("2024-01-15T12:05:00Z").toEpochMilli(), r.doneTimeMillis());
        assertTrue(r.isFinal());
    }

    @Test
    void secondsInTheDoneDateAndOtherCaseAreRead() {
        Receipt r = DeliveryReceipts.parse(deliverSm(
                "ID:abc-1 SUB:001 DLVRD:000 SUBMIT DATE:240115120000 DONE DATE:240115120730 STAT:UNDELIV ERR:107"),
                ARRIVAL);
        assertEquals("abc-1", r.messageId());
        assertEquals(MessageState.UNDELIVERABLE, r.state());
        assertEquals(107, r.errorCode());
        assertEquals(Instant.parse("2024-01-15T12:07:30Z").toEpochMilli(), r.doneTimeMillis());
    }

    @Test
    void theTlvsWinOverTheText() {
        Receipt r = DeliveryReceipts.parse(deliverSm("id:TEXTID stat:DELIVRD err:000",
                new OptionalParameter.Receipted_message_id("TLVID"),
                new OptionalParameter.Message_state(MessageState.EXPIRED.value()),
                new OptionalParameter.Network_error_code(
                        OptionalParameter.Network_error_code.Network_error_code_type.GSM, (short) 34)),
                ARRIVAL);
        assertEquals("TLVID", r.messageId());
        assertEquals(MessageState.EXPIRED, r.state());
        assertEquals(34, r.errorCode());
        assertEquals(ARRIVAL, r.doneTimeMillis());
    }

    @Test
    void intermediateStatesAreNotFinalAndStrangeOnesAreUnknown() {
        assertFalse(DeliveryReceipts.parse(deliverSm("id:1 stat:ENROUTE"), ARRIVAL).isFinal());
        assertEquals(MessageState.UNKNOWN, DeliveryReceipts.parse(deliverSm("id:1 stat:WHATEVER"), ARRIVAL).state());
        assertEquals(MessageState.UNKNOWN, DeliveryReceipts.parse(deliverSm("id:1"), ARRIVAL).state());
    }

    @Test
    void aWordEndingInIdIsNotTheId() {
        assertEquals("7", DeliveryReceipts.parse(deliverSm("msgid:6 id:7 stat:DELIVRD"), ARRIVAL).messageId());
        assertNull(DeliveryReceipts.parse(deliverSm("msgid:6 stat:DELIVRD"), ARRIVAL));
    }

    @Test
    void receiptEsmClassesAreTold() {
        assertTrue(DeliveryReceipts.isReceipt((byte) 0x04));
        assertTrue(DeliveryReceipts.isReceipt((byte) 0x44)); // with UDHI
        assertTrue(DeliveryReceipts.isReceipt((byte) 0x20));
        assertFalse(DeliveryReceipts.isReceipt((byte) 0x00));
        assertFalse(DeliveryReceipts.isReceipt((byte) 0x40));
    }
}
