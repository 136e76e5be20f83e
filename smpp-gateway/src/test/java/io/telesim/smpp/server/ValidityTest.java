package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How long a message may wait: the default counts from its scheduled time, and the all-zero validity means the default. */
class ValidityTest {

    private final SmscFixture fixture = new SmscFixture();
    private final SmscFixture.Client bank;

    ValidityTest() throws Exception {
        bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aMessageScheduledBeyondTheDefaultValidityIsTakenAndDeliveredWhenDue() throws Exception {
        String id = Pdus.submit(bank.session, "Bank", Long.toString(ANNA), SMSCDeliveryReceipt.SUCCESS_FAILURE, "000002000000000R", null,
                Pdus.ascii("Happy birthday"));
        await("scheduled", () -> fixture.centre.find(id).state() == MessageState.SCHEDULED);

        fixture.clock.advance(TimeUnit.DAYS.toMillis(2) + 1_000);

        assertEquals("DELIVRD", SubmitAndDeliveryTest.receiptState(bank.next()));
    }

    @Test
    void anAllZeroValidityMeansTheDefaultOne() throws Exception {
        fixture.handsets.switchOff(ANNA);
        String id = Pdus.submit(bank.session, "Bank", Long.toString(ANNA), SMSCDeliveryReceipt.SUCCESS_FAILURE, null, "000000000000000R",
                Pdus.ascii("Call me"));

        assertEquals(fixture.centre.find(id).submitTime() + TimeUnit.HOURS.toMillis(24), fixture.centre.find(id).submission().validUntil());
    }
}
