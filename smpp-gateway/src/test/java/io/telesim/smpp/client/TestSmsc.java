package io.telesim.smpp.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.EnquireLink;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.ServerResponseDeliveryListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.MessageId;

/**
 * A remote SMSC for the outbound client's tests, on jSMPP's {@link SMPPServerSessionListener}, listening on
 * a free loopback port. It can be told to accept and send delivery receipts (after the submit_sm_resp, or
 * before it), to throttle the first k submits, to refuse a destination with a permanent error, to hold
 * submits for a while (to see the window), to drop every connection, to refuse binds, and to send
 * mobile-originated deliver_sm.
 */
final class TestSmsc implements AutoCloseable {
    enum ReceiptMode { NONE, AFTER_RESPONSE, BEFORE_RESPONSE }

    /** A submit_sm the SMSC accepted. */
    record Accepted(String messageId, String source, String destination, byte[] content, boolean wantsReceipt) {}

    private final SMPPServerSessionListener listener;
    private final int port;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-smsc-worker");
        t.setDaemon(true);
        return t;
    });
    private final Thread acceptor;
    private final List<SMPPServerSession> bound = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private final AtomicInteger bindAttempts = new AtomicInteger();
    private final AtomicInteger enquireLinks = new AtomicInteger();
    private final AtomicInteger submitAttempts = new AtomicInteger();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicInteger maxConcurrent = new AtomicInteger();
    private final AtomicInteger throttleRemaining = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong(0x5A000);
    private final Map<String, Integer> refusedDestinations = new ConcurrentHashMap<>();
    private final Map<String, Accepted> awaitingReceipt = new ConcurrentHashMap<>();
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private volatile boolean refuseBinds;
    private volatile long holdMillis;
    private final AtomicInteger slowRemaining = new AtomicInteger();
    private volatile long slowMillis;
    private volatile ReceiptMode receiptMode = ReceiptMode.AFTER_RESPONSE;
    private volatile String receiptStat = "DELIVRD";
    private volatile boolean receiptTlvs = true;

    TestSmsc() throws IOException {
        LoopbackServerSockets sockets = new LoopbackServerSockets();
        listener = new SMPPServerSessionListener(0, sockets);
        port = sockets.port;
        listener.setPduProcessorDegree(16);
        Handler handler = new Handler();
        listener.setMessageReceiverListener(handler);
        listener.setResponseDeliveryListener(handler);
        acceptor = new Thread(this::acceptLoop, "test-smsc-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return port;
    }

    // ---- what it is told

    TestSmsc refuseBinds(boolean refuse) {
        refuseBinds = refuse;
        return this;
    }

    TestSmsc throttleFirst(int k) {
        throttleRemaining.set(k);
        return this;
    }

    TestSmsc refuseDestination(String destination, int commandStatus) {
        refusedDestinations.put(destination, commandStatus);
        return this;
    }

    TestSmsc holdSubmits(long millis) {
        holdMillis = millis;
        return this;
    }

    /** Answers the first k submits only after {@code millis} (past the client's response timeout, say). */
    TestSmsc answerLate(int k, long millis) {
        slowMillis = millis;
        slowRemaining.set(k);
        return this;
    }

    TestSmsc receipts(ReceiptMode mode, String stat, boolean withTlvs) {
        receiptMode = mode;
        receiptStat = stat;
        receiptTlvs = withTlvs;
        return this;
    }

    /** Closes every bound connection at once (no unbind). */
    void dropAll() {
        for (SMPPServerSession s : bound) {
            bound.remove(s);
            s.close();
        }
    }

    /** Sends a mobile-originated deliver_sm on a bound session, waiting for its deliver_sm_resp. */
    void sendMo(String source, String destination, byte dataCoding, byte[] content) throws Exception {
        session().deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, source,
                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, destination, new ESMClass(),
                (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.newInstance(dataCoding), content);
    }

    /** Sends a receipt for a message id now, waiting for its deliver_sm_resp. */
    void sendReceipt(String messageId, String stat, boolean withTlvs) throws Exception {
        sendReceipt(session(), new Accepted(messageId, "", "", new byte[0], true), stat, withTlvs);
    }

    // ---- what it saw

    int bindAttempts() {
        return bindAttempts.get();
    }

    int enquireLinks() {
        return enquireLinks.get();
    }

    int submitAttempts() {
        return submitAttempts.get();
    }

    int maxConcurrentSubmits() {
        return maxConcurrent.get();
    }

    List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    boolean hasBoundSession() {
        return bound.stream().anyMatch(s -> s.getSessionState().isBound());
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (SMPPServerSession s : bound) {
            s.close();
        }
        workers.shutdownNow();
        try {
            acceptor.join(5_000);
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- inside

    private SMPPServerSession session() {
        return bound.stream().filter(s -> s.getSessionState().isBound()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no bound session"));
    }

    private void acceptLoop() {
        while (!closed) {
            SMPPServerSession session;
            try {
                session = listener.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            workers.execute(() -> bind(session));
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            bindAttempts.incrementAndGet();
            if (refuseBinds) {
                request.reject(SMPPConstant.STAT_ESME_RBINDFAIL);
            } else {
                request.accept("testsmsc");
                bound.add(session);
            }
        } catch (Exception e) {
            session.close();
        }
    }

    private void sendReceipt(SMPPServerSession session, Accepted message, String stat, boolean withTlvs)
            throws Exception {
        String preview = new String(message.content(), StandardCharsets.ISO_8859_1);
        preview = preview.substring(0, Math.min(20, preview.length()));
        String text = "id:" + message.messageId() + " sub:001 dlvrd:001 submit date:2401151200 done date:2401151201"
                + " stat:" + stat + " err:005 text:" + preview;
        OptionalParameter[] tlvs = withTlvs
                ? new OptionalParameter[] {
                    new OptionalParameter.Receipted_message_id(message.messageId()),
                    new OptionalParameter.Message_state(DeliveryReceipts.stateOf(stat).value())}
                : new OptionalParameter[0];
        session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                message.destination(), TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, message.source(),
                new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO,
                text.getBytes(StandardCharsets.ISO_8859_1), tlvs);
    }

    private SubmitSmResult submit(SubmitSm submit, SMPPServerSession session) throws ProcessRequestException {
        submitAttempts.incrementAndGet();
        int now = concurrent.incrementAndGet();
        maxConcurrent.accumulateAndGet(now, Math::max);
        try {
            long hold = holdMillis;
            if (slowRemaining.getAndUpdate(k -> k > 0 ? k - 1 : 0) > 0) {
                hold = Math.max(hold, slowMillis);
            }
            if (hold > 0) {
                Thread.sleep(hold);
            }
            Integer refusal = refusedDestinations.get(submit.getDestAddress());
            if (refusal != null) {
                throw new ProcessRequestException("refused", refusal);
            }
            if (throttleRemaining.getAndUpdate(k -> k > 0 ? k - 1 : 0) > 0) {
                throw new ProcessRequestException("throttled", SMPPConstant.STAT_ESME_RTHROTTLED);
            }
            String id = Long.toHexString(ids.incrementAndGet()).toUpperCase();
            byte[] content = submit.getShortMessage();
            if ((content == null || content.length == 0)
                    && submit.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD)
                    instanceof OptionalParameter.OctetString payload) {
                content = payload.getValue();
            }
            boolean wantsReceipt = (submit.getRegisteredDelivery() & 0x03) != 0;
            Accepted message = new Accepted(id, submit.getSourceAddr(), submit.getDestAddress(),
                    content == null ? new byte[0] : content, wantsReceipt);
            accepted.add(message);
            if (wantsReceipt && receiptMode == ReceiptMode.BEFORE_RESPONSE) {
                sendReceipt(session, message, receiptStat, receiptTlvs);
            } else if (wantsReceipt && receiptMode == ReceiptMode.AFTER_RESPONSE) {
                awaitingReceipt.put(id, message);
            }
            return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessRequestException("interrupted", SMPPConstant.STAT_ESME_RSYSERR);
        } catch (ProcessRequestException e) {
            throw e;
        } catch (Exception e) {
            throw new ProcessRequestException("failed: " + e, SMPPConstant.STAT_ESME_RSYSERR);
        } finally {
            concurrent.decrementAndGet();
        }
    }

    private final class Handler implements ServerMessageReceiverListener, ServerResponseDeliveryListener {
        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
                throws ProcessRequestException {
            return submit(submitSm, source);
        }

        @Override
        public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession source) {
            Accepted message = awaitingReceipt.remove(result.getMessageId());
            if (message != null) {
                String stat = receiptStat;
                boolean tlvs = receiptTlvs;
                workers.execute(() -> {
                    try {
                        sendReceipt(source, message, stat, tlvs);
                    } catch (Exception e) {
                        // the link went away: the test sees the missing receipt
                    }
                });
            }
        }

        @Override
        public void onSubmitSmRespError(SubmitSmResult result, Exception e, SMPPServerSession source) {
            awaitingReceipt.remove(result.getMessageId());
        }

        @Override
        public void onSubmitMultiRespSent(SubmitMultiResult result, SMPPServerSession source) {}

        @Override
        public void onSubmitMultiRespError(SubmitMultiResult result, Exception e, SMPPServerSession source) {}

        @Override
        public void onAcceptEnquireLink(EnquireLink enquireLink, Session source) {
            enquireLinks.incrementAndGet();
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }

    /** Server sockets on the loopback address and a free port, whatever port jSMPP asks for. */
    private static final class LoopbackServerSockets implements ServerConnectionFactory {
        volatile int port;

        @Override
        public ServerConnection listen(int requestedPort) throws IOException {
            return listen(requestedPort, 0, 50);
        }

        @Override
        public ServerConnection listen(int requestedPort, int timeout) throws IOException {
            return listen(requestedPort, timeout, 50);
        }

        @Override
        public ServerConnection listen(int requestedPort, int timeout, int backlog) throws IOException {
            ServerSocket socket = new ServerSocket(0, backlog, InetAddress.getLoopbackAddress());
            socket.setSoTimeout(timeout);
            port = socket.getLocalPort();
            return new ServerSocketConnection(socket);
        }
    }
}
