package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.SMS_PRICE;
import static io.telesim.smpp.server.SmscFixture.VERA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;

import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GsmExtensionCharactersTest {

    /** { } [ ] ~ € ^ | \ as GSM 03.38 writes them: the escape 0x1B and the extension table's code. */
    private static final byte[] EXTENSION = {0x28, 0x29, 0x3C, 0x3E, 0x3D, 0x65, 0x14, 0x40, 0x2F};

    private final SmscFixture fixture = new SmscFixture();
    private final SmscFixture.Client bank;

    GsmExtensionCharactersTest() throws Exception {
        bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void extensionCharactersInTheDefaultAlphabetArriveIntact() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.writeBytes(Pdus.ascii("Pay "));
        for (byte code : EXTENSION) {
            text.write(0x1B);
            text.write(code);
        }

        Pdus.submit(bank.session, "Bank", Long.toString(ANNA), Pdus.GSM7, text.toByteArray());

        assertEquals("DELIVRD", SubmitAndDeliveryTest.receiptState(bank.next()));
        assertEquals("Pay {}[]~€^|\\", fixture.handsets.inbox(ANNA).get(0).text());
    }

    @Test
    void eachExtensionCharacterCountsTwoSeptetsTowardsTheSegments() throws Exception {
        ByteArrayOutputStream eightyOne = new ByteArrayOutputStream();
        for (int i = 0; i < 81; i++) {
            eightyOne.write(0x1B);
            eightyOne.write(0x65);
        }

        Pdus.submit(bank.session, "Bank", Long.toString(ANNA), Pdus.GSM7, eightyOne.toByteArray());

        assertEquals("DELIVRD", SubmitAndDeliveryTest.receiptState(bank.next()));
        assertEquals("€".repeat(81), fixture.handsets.inbox(ANNA).get(0).text());
        assertEquals(100_000 - 2 * SMS_PRICE, fixture.balance(VERA), "81 euro signs are 162 septets: two segments");
    }
}
