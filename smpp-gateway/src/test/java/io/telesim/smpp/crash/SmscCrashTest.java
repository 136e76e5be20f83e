package io.telesim.smpp.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestNumbers;
import io.telesim.engine.Engine;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.clock.SystemClock;
import io.telesim.engine.testing.ChildJvm;

/**
 * Kills the SMS centre with SIGKILL while an ESME submits messages for a switched-off handset, starts it
 * again with the handset on, and checks: every message the ESME was given an id for is delivered (its
 * receipt comes), and the bank paid exactly once for each message delivered.
 */
class SmscCrashTest {

    private static final long SMS_PRICE = 150;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedMessageIsDeliveredAfterAKillAndChargedOnce() throws Exception {
        Path data = dir.resolve("data");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (ChildJvm child = ChildJvm.start(SmscUnderKill.class, dir.resolve("first.log"), data.toString(), "off")) {
            int port = port(child, "first.log");
            SMPPSession session = bind(port, new Receipts());
            Thread submitter = new Thread(() -> {
                try {
                    for (int i = 0; ; i++) {
                        acknowledged.add(submit(session, "before the kill " + i));
                    }
                } catch (Exception stopped) {
                    // the centre was killed under the submitter: what was acknowledged until then is what counts
                }
            });
            submitter.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (acknowledged.size() < 300 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            child.kill();
            submitter.join(TimeUnit.SECONDS.toMillis(30));
            session.close();
        }
        assertTrue(acknowledged.size() >= 300, "too few messages were acknowledged to mean anything: " + acknowledged.size());

        Receipts receipts = new Receipts();
        try (ChildJvm child = ChildJvm.start(SmscUnderKill.class, dir.resolve("second.log"), data.toString(), "on")) {
            SMPPSession session = bind(port(child, "second.log"), receipts);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!receipts.delivered.containsAll(acknowledged) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            session.unbindAndClose();
            child.kill();
        }
        Set<String> missing = new java.util.HashSet<>(acknowledged);
        missing.removeAll(receipts.delivered);
        assertTrue(missing.isEmpty(), missing.size() + " of " + acknowledged.size()
                + " acknowledged messages got no delivery receipt after the restart, e.g. " + missing.stream().limit(5).toList());

        try (Engine engine = Engine.open(data.resolve("engine"), TestCatalogs.standard(), new SystemClock(), SmscUnderKill.settings(),
                NotificationSink.NONE)) {
            long paid = SmscUnderKill.OPENING_BALANCE - engine.read(TestNumbers.VERA).get(30, TimeUnit.SECONDS).balance();
            assertEquals(receipts.delivered.size() * SMS_PRICE, paid,
                    "the bank pays once for each message delivered (" + receipts.delivered.size() + "), acknowledged or not");
        }
    }

    private int port(ChildJvm child, String log) throws Exception {
        String ready = child.awaitLine("ready");
        assertNotNull(ready, "the SMS centre did not start: " + Files.readString(dir.resolve(log)));
        return Integer.parseInt(ready.substring("ready ".length()));
    }

    private static SMPPSession bind(int port, Receipts receipts) throws Exception {
        SMPPSession session = new SMPPSession();
        session.setMessageReceiverListener(receipts);
        session.connectAndBind("127.0.0.1", port, new BindParameter(BindType.BIND_TRX, "bank", "secret", "", TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN, null));
        return session;
    }

    private static String submit(SMPPSession session, String text) throws Exception {
        return session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank", TypeOfNumber.INTERNATIONAL,
                NumberingPlanIndicator.ISDN, Long.toString(TestNumbers.ANNA), new ESMClass(), (byte) 0, (byte) 0, null, null,
                new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, new RawDataCoding((byte) 0), (byte) 0,
                text.getBytes(StandardCharsets.US_ASCII)).getMessageId();
    }

    /** The ids of the messages whose DELIVRD receipts arrived. */
    private static final class Receipts implements MessageReceiverListener {
        final Set<String> delivered = ConcurrentHashMap.newKeySet();

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
            String text = new String(deliverSm.getShortMessage(), StandardCharsets.US_ASCII);
            if (text.contains("stat:DELIVRD")) {
                delivered.add(((OptionalParameter.COctetString) deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID))
                        .getValueAsString());
            }
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
            return null;
        }
    }
}
