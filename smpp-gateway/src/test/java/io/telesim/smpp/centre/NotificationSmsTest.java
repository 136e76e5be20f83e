package io.telesim.smpp.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestNumbers;
import io.telesim.billing.TestTimes;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.result.Notices;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.clock.ManualClock;
import io.telesim.engine.handset.Handsets;
import io.telesim.engine.handset.InboxMessage;

class NotificationSmsTest {

    @Test
    void noticesBecomeOneReadableText() {
        assertEquals("Your balance is low: 12.05 ₽. Top up to stay connected.", NotificationSms.text(Notices.LOW_BALANCE, 1_205));
        assertEquals("Your number is blocked: the balance is -3.50 ₽. Top up to unblock it.",
                NotificationSms.text(Notices.BLOCKED_FOR_DEBT | Notices.LOW_BALANCE, -350));
        assertTrue(NotificationSms.text(Notices.SMS_BUNDLE_EXHAUSTED | Notices.DATA_BUNDLE_EXHAUSTED, 0)
                .matches("Your SMS .* used up.*Your internet .* used up.*"));
        assertNull(NotificationSms.text(Notices.AUTO_TOP_UP_DUE, 0), "an auto top-up is the engine's business, not an SMS");
    }

    @Test
    void theSpendingLimitNoticeTellsThatPaidUsageStopsUntilNextMonth() {
        assertTrue(NotificationSms.text(Notices.SPENDING_LIMIT_REACHED, 10_000)
                .startsWith("Your number's monthly spending limit is reached: paid calls, SMS and internet stop until the 1st"));
    }

    @Test
    void theEnginesNoticesArriveInTheInboxFromTelesim() throws Exception {
        Catalog catalog = TestCatalogs.standard();
        ManualClock clock = new ManualClock(TestTimes.MID_MARCH);
        Handsets handsets = new Handsets();
        NotificationSms notices = new NotificationSms();
        try (Engine engine = Engine.inMemory(catalog, clock, EngineSettings.defaults().withMaxAccounts(100).withRingSize(256), notices);
             SmsCentre centre = new SmsCentre(engine, handsets, clock, CentreSettings.defaults(Map.of()))) {
            notices.connect(new ServiceSenders(centre));
            centre.start();
            long anna = TestNumbers.ANNA;
            engine.call(new Command().set(CommandType.PROVISION, 1, anna).item(catalog.tariffIndex("go")).amount(3_100)).get(10, TimeUnit.SECONDS);
            // The test catalog warns below 30 ₽: one SMS at 1.50 ₽ takes Anna there.
            engine.call(new Command().set(CommandType.CHARGE_SMS, 2, anna).other(TestNumbers.BORIS).amount(1)).get(10, TimeUnit.SECONDS);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (handsets.inbox(anna).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            InboxMessage message = handsets.inbox(anna).get(0);
            assertEquals(NotificationSms.SENDER, message.sender());
            assertEquals("Your balance is low: 29.50 ₽. Top up to stay connected.", message.text());
        } finally {
            notices.close();
        }
    }
}
