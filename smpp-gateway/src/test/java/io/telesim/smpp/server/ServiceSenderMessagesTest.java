package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.BORIS;
import static io.telesim.smpp.server.SmscFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsmpp.bean.MessageState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.engine.handset.InboxMessage;
import io.telesim.smpp.centre.CentreSettings;
import io.telesim.smpp.centre.SmsMessage;

class ServiceSenderMessagesTest {

    private final SmscFixture fixture = new SmscFixture(CentreSettings.defaults(Map.of())
            .withValidity(Duration.ofHours(1), Duration.ofDays(1)).withRetryIntervals(List.of(Duration.ofMinutes(10))));
    private final Map<String, MessageState> finalStates = new ConcurrentHashMap<>();

    ServiceSenderMessagesTest() throws Exception {
        fixture.centre.onServiceReceipt(message -> finalStates.put(message.messageId(), message.state()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aOneTimeCodeComesFrom3339FreeOfChargeAndItsDeliveryIsReported() throws Exception {
        SmsMessage otp = fixture.senders.sendOtp(ANNA, "482913");

        await("the OTP's final state reported", () -> finalStates.containsKey(otp.messageId()));
        assertEquals(MessageState.DELIVERED, finalStates.get(otp.messageId()));
        InboxMessage inbox = fixture.handsets.inbox(ANNA).get(0);
        assertEquals("3339", inbox.sender());
        assertTrue(inbox.text().contains("482913"), inbox.text());
        assertEquals(10_000, fixture.balance(ANNA), "an OTP is free");
    }

    @Test
    void aBonusMessageComesFromTelesimFreeOfChargeAndItsDeliveryIsReported() throws Exception {
        SmsMessage bonus = fixture.senders.sendFrom("Telesim", BORIS, "You got 1 GB for your birthday!");

        await("the bonus message's final state reported", () -> finalStates.containsKey(bonus.messageId()));
        assertEquals(MessageState.DELIVERED, finalStates.get(bonus.messageId()));
        InboxMessage inbox = fixture.handsets.inbox(BORIS).get(0);
        assertEquals("Telesim", inbox.sender());
        assertEquals("You got 1 GB for your birthday!", inbox.text());
        assertEquals(10_000, fixture.balance(BORIS), "a bonus message is free");
    }

    @Test
    void aOneTimeCodeThatNeverReachesItsHandsetIsReportedExpired() throws Exception {
        fixture.handsets.switchOff(BORIS);
        SmsMessage otp = fixture.senders.sendOtp(BORIS, "111222");
        await("a failed attempt", () -> otp.attempts() >= 1);

        fixture.clock.advance(Duration.ofHours(2).toMillis());

        await("the OTP's final state reported", () -> finalStates.containsKey(otp.messageId()));
        assertEquals(MessageState.EXPIRED, finalStates.get(otp.messageId()));
        assertTrue(fixture.handsets.inbox(BORIS).isEmpty());
    }
}
