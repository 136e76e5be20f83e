package io.telesim.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
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
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.clock.SystemClock;
import io.telesim.simulator.catalog.CatalogLoader;
import io.telesim.simulator.serve.DemoSubscribers;

/**
 * {@code telesim serve} as a process: it starts with its demo subscribers, an ESME's messages are charged, SIGTERM
 * unbinds the ESME and ends it with exit code 0 and a clean log, and a second start carries on from the first.
 */
class ServeRestartTest {

    /** Demo subscriber 5 is on payg (no fee, 500 ₽): each on-net SMS charged to it costs 1.90 ₽. */
    private static final long PAYER = DemoSubscribers.number(5);
    private static final long SMS_PRICE = 190;
    private static final long MAX_ACCOUNTS = 2_000;
    /** Small, to keep the child JVM's memory small; the default needs 256 MB outside the heap. */
    private static final int IDEMPOTENCY_WINDOW = 1 << 16;
    /** The demo company's banner line: company c1 both times, so a restart made no second one. */
    private static final String DEMO_COMPANY = "Demo company: Demo Logistics \\(c1\\), numbers \\+7 916 100-09-01 to \\+7 916 100-10-00; its administrator "
            + "\\+7 916 100-09-01 signs in at http://127\\.0\\.0\\.1:\\d+/business";

    @TempDir
    Path dir;

    @Test
    void stateIsKeptAcrossARestartAndSigtermStopsCleanly() throws Exception {
        Path config = Files.writeString(dir.resolve("telesim.yaml"), """
                data_dir: data
                smpp:
                  esmes:
                    - {system_id: shop, password: shop1234, billing_account: "+7 916 100-00-05"}
                engine: {max_accounts: %d, idempotency_window: %d}
                """.formatted(MAX_ACCOUNTS, IDEMPOTENCY_WINDOW));
        String[] args = {"--config", config.toString(), "--smpp-port", "0", "--ussd-port", "0", "--web-port", "0"};

        try (ServeProcess first = ServeProcess.start(dir.resolve("first.log"), args)) {
            List<String> banner = first.awaitRunning();
            assertTrue(banner.contains("  subscribers: 1000 demo, +7 916 100-00-01 to +7 916 100-10-00 (1000 connected now)"), banner.toString());
            assertTrue(banner.stream().anyMatch(line -> line.matches(DEMO_COMPANY)), banner.toString());
            assertTrue(banner.stream().anyMatch(line -> line.matches("  SMPP: 127\\.0\\.0\\.1:\\d+, ESMEs \\(system_id/password\\): shop/shop1234")),
                    banner.toString());
            assertTrue(banner.stream().anyMatch(line -> line.matches("  web: http://127\\.0\\.0\\.1:[1-9]\\d*/ .*")), banner.toString());
            assertTrue(banner.stream().anyMatch(line -> line.startsWith("  ./telesim handset 79161000001 --gateway 127.0.0.1:")), banner.toString());

            Esme esme = Esme.bind(first.smppPort());
            esme.sendAndAwaitReceipt(DemoSubscribers.number(2), "first run");

            assertEquals(0, first.terminate(), first.log());
            assertTrue(esme.states.contains(SessionState.UNBOUND), "the ESME was sent an unbind, not dropped: " + esme.states);
            assertEquals(List.of("Telesim is stopping.", "Telesim stopped."), tail(first.output(), 2));
            assertClean(first.log());
        }

        try (ServeProcess second = ServeProcess.start(dir.resolve("second.log"), args)) {
            List<String> banner = second.awaitRunning();
            assertTrue(banner.contains("  subscribers: 1000 demo, +7 916 100-00-01 to +7 916 100-10-00 (0 connected now)"), banner.toString());
            assertTrue(banner.stream().anyMatch(line -> line.matches(DEMO_COMPANY)), "the same company after a restart: " + banner);
            Esme.bind(second.smppPort()).sendAndAwaitReceipt(DemoSubscribers.number(3), "second run");
            assertEquals(0, second.terminate(), second.log());
            assertClean(second.log());
        }

        try (Engine engine = Engine.open(dir.resolve("data"), CatalogLoader.loadDefault(), new SystemClock(),
                EngineSettings.defaults().withMaxAccounts(MAX_ACCOUNTS).withIdempotencyWindow(IDEMPOTENCY_WINDOW), NotificationSink.NONE)) {
            assertEquals(1_000L, engine.query(view -> view.subscriberCount()).get(10, TimeUnit.SECONDS), "no subscriber connected twice");
            assertEquals(50_000 - 2 * SMS_PRICE, engine.read(PAYER).get(10, TimeUnit.SECONDS).balance(),
                    "the second run started from the balance the first one left");
        }
    }

    private static void assertClean(String log) {
        for (String line : log.lines().toList()) {
            assertTrue(!line.contains("WARN") && !line.contains("ERROR") && !line.contains("Exception") && !line.startsWith("\tat "),
                    "unclean log line: " + line + "\n" + log);
        }
    }

    private static List<String> tail(List<String> lines, int count) {
        return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }

    /** An SMS platform bound as {@code shop}, watching its session's states and its delivery receipts. */
    private static final class Esme implements MessageReceiverListener {
        final Set<SessionState> states = ConcurrentHashMap.newKeySet();
        final BlockingQueue<String> receipts = new LinkedBlockingQueue<>();
        final SMPPSession session = new SMPPSession();

        static Esme bind(int port) throws Exception {
            Esme esme = new Esme();
            esme.session.setMessageReceiverListener(esme);
            esme.session.addSessionStateListener((newState, oldState, source) -> esme.states.add(newState));
            esme.session.connectAndBind("127.0.0.1", port, new BindParameter(BindType.BIND_TRX, "shop", "shop1234", "",
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
            return esme;
        }

        void sendAndAwaitReceipt(long to, String text) throws Exception {
            String id = session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Shop",
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, Long.toString(to), new ESMClass(), (byte) 0, (byte) 0, null, null,
                    new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, new GeneralDataCoding(), (byte) 0,
                    text.getBytes(StandardCharsets.US_ASCII)).getMessageId();
            String receipt = receipts.poll(10, TimeUnit.SECONDS);
            assertTrue(receipt != null && receipt.startsWith("id:" + id + " ") && receipt.contains("stat:DELIVRD"), "receipt: " + receipt);
        }

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
            receipts.add(new String(deliverSm.getShortMessage(), StandardCharsets.US_ASCII));
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
