package io.telesim.engine.handset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HandsetsTest {

    private static final long ANNA = 79160000001L;
    private static final long BORIS = 79160000002L;

    @Test
    void inboxIsNewestFirstAndKeepsOnlyItsCapacity() {
        Handsets handsets = new Handsets(2);
        handsets.deliver(ANNA, "3339", "code 1111", 1);
        handsets.deliver(ANNA, "3339", "code 2222", 2);
        handsets.deliver(ANNA, "Telesim", "bonus", 3);
        handsets.deliver(BORIS, "79160000001", "hi", 4);

        List<InboxMessage> inbox = handsets.inbox(ANNA);
        assertEquals(List.of("bonus", "code 2222"), inbox.stream().map(InboxMessage::text).toList());
        assertEquals("Telesim", inbox.get(0).sender());
        assertTrue(inbox.get(0).id() > inbox.get(1).id());
        assertEquals(1, handsets.inbox(BORIS).size());
        assertEquals(List.of(), handsets.inbox(79160000003L));
    }

    @Test
    void subscribersGetTheirNumbersMessagesUntilTheyClose() throws Exception {
        Handsets handsets = new Handsets();
        List<String> seen = new ArrayList<>();
        AutoCloseable subscription = handsets.subscribe(ANNA, message -> seen.add(message.text()));
        handsets.deliver(ANNA, "3339", "first", 1);
        handsets.deliver(BORIS, "3339", "not hers", 2);
        subscription.close();
        handsets.deliver(ANNA, "3339", "after closing", 3);

        assertEquals(List.of("first"), seen);
    }

    @Test
    void switchingOnTellsTheListenersOnlyWhenTheHandsetWasOff() {
        Handsets handsets = new Handsets();
        List<Long> switchedOn = new ArrayList<>();
        handsets.onSwitchOn(switchedOn::add);

        handsets.switchOn(ANNA);
        handsets.switchOff(ANNA);
        assertFalse(handsets.reachable(ANNA));
        assertTrue(handsets.reachable(BORIS));
        handsets.switchOn(ANNA);

        assertTrue(handsets.reachable(ANNA));
        assertEquals(List.of(ANNA), switchedOn);
    }
}
