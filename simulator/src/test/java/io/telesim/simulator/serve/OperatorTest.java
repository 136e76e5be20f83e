package io.telesim.simulator.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.junit.jupiter.api.Test;

import io.telesim.billing.catalog.Catalog;
import io.telesim.simulator.offline.Subscriber;
import io.telesim.smpp.server.EsmeAccount;

/** The operator as ./telesim serve starts it, driven by a real jSMPP client. */
class OperatorTest {

    private static final long ANNA = 79161000001L;

    @Test
    void anEsmeBindsAndItsMessageReachesTheSubscribersInboxWithAReceipt() throws Exception {
        try (Operator operator = Operator.start(TestOperators.inMemory(EsmeAccount.open("demo", "demo")))) {
            Catalog catalog = operator.catalog();
            assertEquals(1, operator.provision(List.of(new Subscriber(ANNA, catalog.defaultTariff(), 10_000, 1))));
            assertEquals(0, operator.provision(List.of(new Subscriber(ANNA, catalog.defaultTariff(), 10_000, 1))), "already connected");

            BlockingQueue<DeliverSm> received = new LinkedBlockingQueue<>();
            SMPPSession session = new SMPPSession();
            session.setMessageReceiverListener(new MessageReceiverListener() {
                @Override
                public void onAcceptDeliverSm(DeliverSm deliverSm) {
                    received.add(deliverSm);
                }

                @Override
                public void onAcceptAlertNotification(AlertNotification alertNotification) {
                }

                @Override
                public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
                    return null;
                }
            });
            session.connectAndBind("127.0.0.1", operator.smppPort(), new BindParameter(BindType.BIND_TRX, "demo", "demo", "",
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
            try {
                String id = session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Demo",
                        TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, Long.toString(ANNA), new ESMClass(), (byte) 0, (byte) 0,
                        null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, new GeneralDataCoding(),
                        (byte) 0, "Welcome to Telesim".getBytes(StandardCharsets.US_ASCII)).getMessageId();

                DeliverSm receipt = received.poll(10, TimeUnit.SECONDS);
                assertTrue(receipt != null && new String(receipt.getShortMessage(), StandardCharsets.US_ASCII)
                        .startsWith("id:" + id + " sub:001 dlvrd:001"), "a DELIVRD receipt for " + id);
                assertEquals("Welcome to Telesim", operator.handsets().inbox(ANNA).get(0).text());
            } finally {
                session.unbindAndClose();
            }
        }
    }
}
