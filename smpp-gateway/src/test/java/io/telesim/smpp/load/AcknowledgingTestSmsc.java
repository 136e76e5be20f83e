package io.telesim.smpp.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SMSCDeliveryReceipt;
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
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * A jSMPP SMSC for the generator's tests, on 127.0.0.1: binds with the password "secret", answers every submit_sm
 * with a fresh message id, records the destinations, and sends a receipt for every accepted message that asked for
 * one, after its submit_sm_resp. Its factory methods name what it does besides.
 */
final class AcknowledgingTestSmsc implements AutoCloseable {

    static final String PASSWORD = "secret";

    private final SMPPServerSessionListener listener;
    private final LoopbackServerConnectionFactory connections = new LoopbackServerConnectionFactory();
    private final ExecutorService binder = Executors.newCachedThreadPool();
    private final ExecutorService receiptSenders = Executors.newFixedThreadPool(8);
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> destinations = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong();
    private final AtomicLong submits = new AtomicLong();
    private final long rejectDivisor;
    private final long throttleEvery;
    private final boolean receiptFirst;
    private final long closeAfter;
    private final Thread acceptor;

    private AcknowledgingTestSmsc(long rejectDivisor, long throttleEvery, boolean receiptFirst, long closeAfter) throws IOException {
        this.rejectDivisor = rejectDivisor;
        this.throttleEvery = throttleEvery;
        this.receiptFirst = receiptFirst;
        this.closeAfter = closeAfter;
        this.listener = new SMPPServerSessionListener(0, connections);
        // A receipt sent before its submit_sm_resp holds a processor thread until the deliver_sm_resp, which needs a
        // processor thread of its own: more threads than the generator's window (16 in the tests) keeps one free.
        listener.setPduProcessorDegree(32);
        listener.setQueueCapacity(1_000);
        listener.setMessageReceiverListener(new Acknowledger());
        acceptor = new Thread(this::acceptSessions, "test-smsc-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static AcknowledgingTestSmsc acknowledgingAll() throws IOException {
        return new AcknowledgingTestSmsc(Long.MAX_VALUE, Long.MAX_VALUE, false, Long.MAX_VALUE);
    }

    /** Rejects messages to a number divisible by {@code divisor} with ESME_RINVDSTADR. */
    static AcknowledgingTestSmsc rejectingNumbersDivisibleBy(long divisor) throws IOException {
        return new AcknowledgingTestSmsc(divisor, Long.MAX_VALUE, false, Long.MAX_VALUE);
    }

    /** Answers every {@code n}th submit_sm it receives (a message sent again included) with ESME_RTHROTTLED. */
    static AcknowledgingTestSmsc throttlingEvery(long n) throws IOException {
        return new AcknowledgingTestSmsc(Long.MAX_VALUE, n, false, Long.MAX_VALUE);
    }

    /** Sends each receipt before the submit_sm_resp of its message. */
    static AcknowledgingTestSmsc sendingReceiptsFirst() throws IOException {
        return new AcknowledgingTestSmsc(Long.MAX_VALUE, Long.MAX_VALUE, true, Long.MAX_VALUE);
    }

    /** Drops the connection of the session that receives submit_sm number {@code submits + 1}. */
    static AcknowledgingTestSmsc closingAfter(long submits) throws IOException {
        return new AcknowledgingTestSmsc(Long.MAX_VALUE, Long.MAX_VALUE, false, submits);
    }

    int port() {
        return connections.boundPort();
    }

    Map<String, AtomicInteger> destinations() {
        return destinations;
    }

    private void acceptSessions() {
        try {
            while (true) {
                SMPPServerSession session = listener.accept();
                sessions.add(session);
                binder.execute(() -> bind(session));
            }
        } catch (IOException e) {
            // the listener was closed
        }
    }

    private static void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            if (PASSWORD.equals(request.getPassword())) {
                request.accept("test-smsc");
            } else {
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
            }
        } catch (TimeoutException | IOException | PDUStringException e) {
            session.close();
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sessions.forEach(SMPPServerSession::close);
        binder.shutdownNow();
        receiptSenders.shutdownNow();
    }

    private final class Acknowledger implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession session) throws ProcessRequestException {
            long received = submits.incrementAndGet();
            if (received > closeAfter) {
                session.close();
                throw new ProcessRequestException("closing", SMPPConstant.STAT_ESME_RSYSERR);
            }
            if (received % throttleEvery == 0) {
                throw new ProcessRequestException("slow down", SMPPConstant.STAT_ESME_RTHROTTLED);
            }
            destinations.computeIfAbsent(submit.getDestAddress(), number -> new AtomicInteger()).incrementAndGet();
            if (Long.parseLong(submit.getDestAddress()) % rejectDivisor == 0) {
                throw new ProcessRequestException("no such number", SMPPConstant.STAT_ESME_RINVDSTADR);
            }
            MessageId id = newMessageId();
            if (SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(submit.getRegisteredDelivery())) {
                if (receiptFirst) {
                    sendReceipt(session, submit, id.getValue());
                } else {
                    receiptSenders.execute(() -> sendReceipt(session, submit, id.getValue()));
                }
            }
            return new SubmitSmResult(id, new OptionalParameter[0]);
        }

        private MessageId newMessageId() throws ProcessRequestException {
            try {
                return new MessageId(Long.toHexString(messageIds.incrementAndGet()));
            } catch (PDUStringException e) {
                throw new ProcessRequestException(e.getMessage(), SMPPConstant.STAT_ESME_RSYSERR);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession session) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession session) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession session) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession session) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession session) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession session)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession session)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }

    private static void sendReceipt(SMPPServerSession session, SubmitSm submit, String messageId) {
        Date now = new Date();
        String text = new DeliveryReceipt(messageId, 1, 1, now, now, DeliveryReceiptState.DELIVRD, "000", "").toString();
        try {
            session.deliverShortMessage(null, TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, submit.getDestAddress(),
                    TypeOfNumber.valueOf(submit.getSourceAddrTon()), NumberingPlanIndicator.valueOf(submit.getSourceAddrNpi()),
                    submit.getSourceAddr(), new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                    (byte) 0, (byte) 0, new RegisteredDelivery(), GeneralDataCoding.DEFAULT, text.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            // the generator counts receipts that never came
        }
    }
}
