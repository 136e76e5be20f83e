package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.BORIS;
import static io.telesim.smpp.server.SmscFixture.SMS_PRICE;
import static io.telesim.smpp.server.SmscFixture.VERA;
import static io.telesim.smpp.server.SmscFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.engine.handset.InboxMessage;

class SubmitAndDeliveryTest {

    private static final Pattern RECEIPT = Pattern.compile(
            "id:(\\w+) sub:001 dlvrd:(\\d{3}) submit date:\\d{10} done date:\\d{10} stat:(\\w{7}) err:(\\d{3}) text:(.*)");

    private final SmscFixture fixture = new SmscFixture();

    SubmitAndDeliveryTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aMessageReachesTheInboxIsChargedToTheBillingAccountAndComesBackAsAReceipt() throws Exception {
        SmscFixture.Client bank = fixture.bind("bank", "secret", BindType.BIND_TRX);

        String id = Pdus.submit(bank.session, "Bank", Long.toString(ANNA), Pdus.GSM7, Pdus.ascii("Your card is ready"));

        DeliverSm receipt = bank.next();
        assertTrue(receipt.isSmscDeliveryReceipt());
        Matcher text = RECEIPT.matcher(new String(receipt.getShortMessage(), StandardCharsets.US_ASCII));
        assertTrue(text.matches(), new String(receipt.getShortMessage(), StandardCharsets.US_ASCII));
        assertEquals(id, text.group(1));
        assertEquals("001", text.group(2));
        assertEquals("DELIVRD", text.group(3));
        assertEquals("000", text.group(4));
        assertEquals("Your card is ready", text.group(5));
        assertEquals(id, ((OptionalParameter.COctetString) receipt.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID))
                .getValueAsString());
        assertEquals(MessageState.DELIVERED.value(),
                ((OptionalParameter.Byte) receipt.getOptionalParameter(OptionalParameter.Tag.MESSAGE_STATE)).getValue());
        assertEquals(Long.toString(ANNA), receipt.getSourceAddr());
        assertEquals("Bank", receipt.getDestAddress());

        InboxMessage inbox = fixture.handsets.inbox(ANNA).get(0);
        assertEquals("Bank", inbox.sender());
        assertEquals("Your card is ready", inbox.text());
        assertEquals(100_000 - SMS_PRICE, fixture.balance(VERA));
    }

    @Test
    void concatenatedUcs2PartsAreReassembledForTheInboxAndRatedPerSegment() throws Exception {
        SmscFixture.Client bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
        String[] parts = {"Здравствуйте! Ваш кредит одобрен. ", "Сумма: 100 000 ₽. ", "Подробности в приложении банка."};

        for (int i = parts.length; i >= 1; i--) {
            Pdus.submit(bank.session, TypeOfNumber.ALPHANUMERIC, "Bank", Long.toString(BORIS), Pdus.UDHI, Pdus.UCS2,
                    Pdus.udhPart(0x5A, parts.length, i, Pdus.ucs2(parts[i - 1])), "");
        }

        for (int i = 0; i < parts.length; i++) {
            assertEquals("DELIVRD", receiptState(bank.next()));
        }
        assertEquals(1, fixture.handsets.inbox(BORIS).size());
        assertEquals(String.join("", parts), fixture.handsets.inbox(BORIS).get(0).text());
        assertEquals(100_000 - 3 * SMS_PRICE, fixture.balance(VERA));
    }

    @Test
    void sarParametersJoinPartsAsTheUdhDoes() throws Exception {
        SmscFixture.Client bank = fixture.bind("bank", "secret", BindType.BIND_TRX);

        for (int i = 1; i <= 2; i++) {
            Pdus.submit(bank.session, "Bank", Long.toString(ANNA), Pdus.GSM7, Pdus.ascii(i == 1 ? "first half, " : "second half"),
                    new OptionalParameter.Sar_msg_ref_num((short) 700), new OptionalParameter.Sar_total_segments((byte) 2),
                    new OptionalParameter.Sar_segment_seqnum((byte) i));
        }

        await("both parts delivered", () -> fixture.centre.stats().delivered() == 2);
        assertEquals("first half, second half", fixture.handsets.inbox(ANNA).get(0).text());
    }

    @Test
    void aLongTextInMessagePayloadIsOneMessageRatedPerSegment() throws Exception {
        SmscFixture.Client bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
        String text = "x".repeat(400);

        Pdus.submit(bank.session, "Bank", Long.toString(ANNA), Pdus.GSM7, new byte[0],
                new OptionalParameter.Message_payload(Pdus.ascii(text)));

        assertEquals("DELIVRD", receiptState(bank.next()));
        assertEquals(text, fixture.handsets.inbox(ANNA).get(0).text());
        assertEquals(100_000 - 3 * SMS_PRICE, fixture.balance(VERA), "400 characters take three 153-character segments");
    }

    static String receiptState(DeliverSm receipt) {
        Matcher text = RECEIPT.matcher(new String(receipt.getShortMessage(), StandardCharsets.US_ASCII));
        assertTrue(text.matches());
        return text.group(3);
    }
}
