package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.BORIS;
import static io.telesim.smpp.server.SmscFixture.SMS_PRICE;
import static io.telesim.smpp.server.SmscFixture.VERA;
import static io.telesim.smpp.server.SmscFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jsmpp.bean.Address;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceIfPresentFlag;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** cancel_sm and replace_sm on messages that wait: the copies of a submit_multi, schedules, and what a growing text costs. */
class WaitingMessageChangesTest {

    private final SmscFixture fixture = new SmscFixture();
    private final SmscFixture.Client bank;

    WaitingMessageChangesTest() throws Exception {
        bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void cancellingASubmitMultiForOneDestinationCancelsThatCopyOnly() throws Exception {
        fixture.handsets.switchOff(ANNA);
        fixture.handsets.switchOff(BORIS);
        String id = bank.session.submitMultiple("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank",
                new Address[] {international(ANNA), international(BORIS)}, Pdus.PLAIN, (byte) 0, (byte) 0, null, null,
                new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), ReplaceIfPresentFlag.DEFAULT, new RawDataCoding(Pdus.GSM7),
                (byte) 0, Pdus.ascii("Branch closed today")).getMessageId();

        bank.session.cancelShortMessage("", id, TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank",
                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, Long.toString(BORIS));
        fixture.handsets.switchOn(ANNA);
        fixture.handsets.switchOn(BORIS);

        // Anna's delivery (on switch-on) and Boris's cancellation send their receipts independently: in either order.
        assertEquals(List.of("DELETED", "DELIVRD"), Stream.of(SubmitAndDeliveryTest.receiptState(bank.next()),
                SubmitAndDeliveryTest.receiptState(bank.next())).sorted().toList());
        assertEquals("Branch closed today", fixture.handsets.inbox(ANNA).get(0).text());
        assertEquals(List.of(), fixture.handsets.inbox(BORIS));
    }

    @Test
    void aReplacedScheduleMayBeEarlierThanTheFirst() throws Exception {
        String id = Pdus.submit(bank.session, "Bank", Long.toString(ANNA), SMSCDeliveryReceipt.SUCCESS_FAILURE, "000000020000000R", null,
                Pdus.ascii("Your appointment"));
        await("the message scheduled", () -> fixture.centre.find(id).state() == MessageState.SCHEDULED);

        bank.session.replaceShortMessage(id, TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank", "000000010000000R", null,
                new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, Pdus.ascii("Your appointment moved"));
        fixture.clock.advance(TimeUnit.MINUTES.toMillis(61));

        assertEquals("DELIVRD", SubmitAndDeliveryTest.receiptState(bank.next()), "delivered after one hour, not two");
        assertEquals("Your appointment moved", fixture.handsets.inbox(ANNA).get(0).text());
        assertEquals(1, fixture.centre.stats().delivered(), "delivered once");
    }

    @Test
    void aTextThatGrowsShrinksAndGrowsAgainIsChargedForItsLongestVersionOnce() throws Exception {
        fixture.handsets.switchOff(BORIS);
        String id = Pdus.submit(bank.session, "Bank", Long.toString(BORIS), Pdus.GSM7, Pdus.ascii("short"));

        replace(id, "x".repeat(200));
        replace(id, "short again");
        replace(id, "y".repeat(200));

        assertEquals(100_000 - 2 * SMS_PRICE, fixture.balance(VERA), "two segments at most, each charged once");
        fixture.handsets.switchOn(BORIS);
        assertEquals("DELIVRD", SubmitAndDeliveryTest.receiptState(bank.next()));
        assertEquals("y".repeat(200), fixture.handsets.inbox(BORIS).get(0).text());
    }

    private void replace(String id, String text) throws Exception {
        bank.session.replaceShortMessage(id, TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank", null, null,
                new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, Pdus.ascii(text));
    }

    private static Address international(long number) {
        return new Address(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, Long.toString(number));
    }
}
