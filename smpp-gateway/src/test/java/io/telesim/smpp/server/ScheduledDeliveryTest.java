package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.engine.handset.InboxMessage;

class ScheduledDeliveryTest {

    private static final DateTimeFormatter SMPP_LOCAL = DateTimeFormatter.ofPattern("yyMMddHHmmss");

    private final SmscFixture fixture = new SmscFixture();
    private final SmscFixture.Client bank;

    ScheduledDeliveryTest() throws Exception {
        bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aMessageScheduledAtAnAbsoluteMoscowTimeWaitsUntilTheClockPassesIt() throws Exception {
        long at = fixture.clock.now() + TimeUnit.HOURS.toMillis(1);
        String moscowTime = SMPP_LOCAL.format(Instant.ofEpochMilli(at).atOffset(ZoneOffset.ofHours(3))) + "012+";

        String id = Pdus.submit(bank.session, "Bank", Long.toString(ANNA), SMSCDeliveryReceipt.SUCCESS_FAILURE, moscowTime, null,
                Pdus.ascii("Your loan is due"));

        assertHeldThenDelivered(id, "Your loan is due");
    }

    @Test
    void aMessageScheduledAnHourFromNowWaitsUntilTheClockPassesIt() throws Exception {
        String id = Pdus.submit(bank.session, "Bank", Long.toString(ANNA), SMSCDeliveryReceipt.SUCCESS_FAILURE, "000000010000000R", null,
                Pdus.ascii("Reminder: branch visit"));

        assertHeldThenDelivered(id, "Reminder: branch visit");
    }

    /** Messages sent at once after it overtake it; it goes once the clock is past its hour. */
    private void assertHeldThenDelivered(String id, String text) throws Exception {
        assertEquals(MessageState.SCHEDULED, query(id));
        deliverAtOnce("sent at once");
        fixture.clock.advance(TimeUnit.MINUTES.toMillis(59));
        deliverAtOnce("sent a minute before");
        assertEquals(List.of("sent a minute before", "sent at once"), inboxTexts());
        assertEquals(MessageState.SCHEDULED, query(id));

        fixture.clock.advance(TimeUnit.MINUTES.toMillis(2));

        assertEquals("DELIVRD", SubmitAndDeliveryTest.receiptState(bank.next()));
        assertEquals(List.of("sent a minute before", "sent at once", text).stream().sorted().toList(), inboxTexts());
        assertEquals(MessageState.DELIVERED, query(id));
    }

    private void deliverAtOnce(String text) throws Exception {
        int before = fixture.handsets.inbox(ANNA).size();
        Pdus.submit(bank.session, "Bank", Long.toString(ANNA), SMSCDeliveryReceipt.DEFAULT, null, null, Pdus.ascii(text));
        await(text + " delivered", () -> fixture.handsets.inbox(ANNA).size() > before);
    }

    /** The inbox's texts in alphabetical order. */
    private List<String> inboxTexts() {
        return fixture.handsets.inbox(ANNA).stream().map(InboxMessage::text).sorted().toList();
    }

    private MessageState query(String id) throws Exception {
        return bank.session.queryShortMessage(id, TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank").getMessageState();
    }
}
