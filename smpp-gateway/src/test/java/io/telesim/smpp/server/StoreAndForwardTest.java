package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.BORIS;
import static io.telesim.smpp.server.SmscFixture.SMS_PRICE;
import static io.telesim.smpp.server.SmscFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.QuerySmResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.smpp.centre.CentreSettings;
import io.telesim.smpp.centre.SmsMessage;

class StoreAndForwardTest {

    private final SmscFixture fixture = new SmscFixture(CentreSettings.defaults(java.util.Map.of())
            .withRetryIntervals(List.of(Duration.ofMinutes(1))));
    private final SmscFixture.Client bank;

    StoreAndForwardTest() throws Exception {
        bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aMessageForASwitchedOffHandsetWaitsAndExpiresAtTheEndOfItsValidity() throws Exception {
        fixture.handsets.switchOff(BORIS);

        String id = Pdus.submit(bank.session, TypeOfNumber.ALPHANUMERIC, "Bank", Long.toString(BORIS), Pdus.PLAIN, Pdus.GSM7,
                Pdus.ascii("Call us back"), "000000010000000R");
        fixture.clock.advance(TimeUnit.MINUTES.toMillis(30));
        await("a few attempts", () -> fixture.centre.find(id).attempts() >= 1);
        assertEquals(MessageState.ENROUTE, query(id).getMessageState());

        fixture.clock.advance(TimeUnit.MINUTES.toMillis(31));
        DeliverSm receipt = bank.next();

        assertEquals("EXPIRED", SubmitAndDeliveryTest.receiptState(receipt));
        assertTrue(new String(receipt.getShortMessage()).contains("err:027"), "absent subscriber");
        assertEquals(MessageState.EXPIRED, query(id).getMessageState());
        assertTrue(fixture.handsets.inbox(BORIS).isEmpty());
    }

    @Test
    void aHandsetSwitchedOnGetsWhatWaitedForItAtOnce() throws Exception {
        fixture.handsets.switchOff(BORIS);
        String id = Pdus.submit(bank.session, "Bank", Long.toString(BORIS), Pdus.GSM7, Pdus.ascii("While you were away"));
        await("a failed attempt", () -> fixture.centre.find(id).attempts() >= 1);

        fixture.handsets.switchOn(BORIS);

        assertEquals("DELIVRD", SubmitAndDeliveryTest.receiptState(bank.next()));
        assertEquals("While you were away", fixture.handsets.inbox(BORIS).get(0).text());
    }

    @Test
    void aWaitingMessageCanBeQueriedReplacedAndCancelled() throws Exception {
        fixture.handsets.switchOff(BORIS);
        String first = Pdus.submit(bank.session, "Bank", Long.toString(BORIS), Pdus.GSM7, Pdus.ascii("Meeting at 10"));
        String second = Pdus.submit(bank.session, "Bank", Long.toString(BORIS), Pdus.GSM7, Pdus.ascii("Bring the papers"));
        long charged = SmscFixture.SMS_PRICE * 2;

        bank.session.replaceShortMessage(first, TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank", null, null,
                new org.jsmpp.bean.RegisteredDelivery(1), (byte) 0, Pdus.ascii("Meeting at 11"));
        bank.session.cancelShortMessage("", second, TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank",
                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, Long.toString(BORIS));

        assertEquals("DELETED", SubmitAndDeliveryTest.receiptState(bank.next()));
        assertEquals(MessageState.DELETED, query(second).getMessageState());
        assertEquals(SMPPConstant.STAT_ESME_RCANCELFAIL, Pdus.statusOf(() -> bank.session.cancelShortMessage("", second,
                TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                Long.toString(BORIS))), "a cancelled message cannot be cancelled again");

        fixture.handsets.switchOn(BORIS);
        assertEquals("DELIVRD", SubmitAndDeliveryTest.receiptState(bank.next()));
        assertEquals(List.of("Meeting at 11"), fixture.handsets.inbox(BORIS).stream().map(m -> m.text()).toList());
        assertEquals(100_000 - charged, fixture.balance(SmscFixture.VERA), "a cancelled message is not refunded");
        assertEquals(SMPPConstant.STAT_ESME_RINVMSGID, Pdus.statusOf(() -> query("00000000000000FF")), "an id that was never given");
    }

    @Test
    void aMessageForAnEsmesShortNumberGoesToItsReceivingBindAndIsChargedToTheSender() throws Exception {
        SmscFixture.Client quiz = fixture.bind("quiz", "quizpw", BindType.BIND_RX);

        SmsMessage vote = fixture.senders.sendFromHandset(ANNA, "4444", "VOTE 3");

        DeliverSm mo = quiz.next();
        assertEquals("VOTE 3", new String(mo.getShortMessage()));
        assertEquals(Long.toString(ANNA), mo.getSourceAddr());
        assertEquals("4444", mo.getDestAddress());
        await("the vote delivered", () -> vote.state() == MessageState.DELIVERED);
        assertTrue(fixture.balance(ANNA) < 10_000, "Anna pays for her SMS");
    }

    @Test
    void aMessageForAShortNumberWithNoBindWaitsForTheEsmeToBind() throws Exception {
        SmsMessage vote = fixture.senders.sendFromHandset(BORIS, "4444", "VOTE 1");
        await("a failed attempt", () -> vote.attempts() >= 1);
        assertEquals(MessageState.ENROUTE, vote.state());

        SmscFixture.Client quiz = fixture.bind("quiz", "quizpw", BindType.BIND_RX);
        fixture.clock.advance(TimeUnit.MINUTES.toMillis(2));

        assertEquals("VOTE 1", new String(quiz.next().getShortMessage()));
    }

    @Test
    void anSmsBetweenHandsetsIsChargedToTheSenderAndLandsInTheRecipientsInbox() throws Exception {
        fixture.senders.sendFromHandset(ANNA, "8 916 000-00-02", "Привет, Борис!");

        await("the SMS delivered", () -> !fixture.handsets.inbox(BORIS).isEmpty());
        assertEquals("Привет, Борис!", fixture.handsets.inbox(BORIS).get(0).text());
        assertEquals(Long.toString(ANNA), fixture.handsets.inbox(BORIS).get(0).sender());
        assertEquals(10_000 - SMS_PRICE, fixture.balance(ANNA));
    }

    private QuerySmResult query(String id) throws Exception {
        return bank.session.queryShortMessage(id, TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank");
    }
}
