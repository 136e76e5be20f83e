package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.BORIS;
import static io.telesim.smpp.server.SmscFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FailureOnlyReceiptTest {

    private final SmscFixture fixture = new SmscFixture();
    private final SmscFixture.Client bank;

    FailureOnlyReceiptTest() throws Exception {
        bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void registeredDeliveryTwoGivesAReceiptForAnExpiredMessageAndNoneForADeliveredOne() throws Exception {
        fixture.handsets.switchOff(BORIS);
        Pdus.submit(bank.session, "Bank", Long.toString(ANNA), SMSCDeliveryReceipt.FAILURE, null, null, Pdus.ascii("Delivered"));
        String expiring = Pdus.submit(bank.session, "Bank", Long.toString(BORIS), SMSCDeliveryReceipt.FAILURE, null, "000000001000000R",
                Pdus.ascii("Never read"));
        await("the first message delivered", () -> fixture.centre.stats().delivered() == 1);

        fixture.clock.advance(TimeUnit.MINUTES.toMillis(11));

        DeliverSm receipt = bank.next();
        assertEquals(expiring, Pdus.receiptedId(receipt));
        assertEquals("EXPIRED", SubmitAndDeliveryTest.receiptState(receipt));
        assertEquals(1, fixture.centre.stats().receipts(), "no receipt for the delivered message");
        assertEquals(0, bank.received.size());
    }
}
