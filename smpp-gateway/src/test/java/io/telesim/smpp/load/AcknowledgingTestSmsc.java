package io.telesim.smpp.load;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * A jSMPP SMSC for the generator's tests, on 127.0.0.1: binds with the password "secret", answers every submit_sm
 * with a fresh message id, records the destinations, and sends a receipt for every accepted message that asked for
 * one, after its submit_sm_resp. Its factory methods name what it does besides.
 */
final class AcknowledgingTestSmsc implements AutoCloseable {

    static final String PASSWORD = "secret";
    // A receipt sent before its submit_sm_resp holds a processor thread until the deliver_sm_resp, which needs a
    // processor thread of its own: more threads than the generator's window (16 in the tests) keeps one free.
    private static final int PDU_PROCESSORS = 32;
    private static final int QUEUE_CAPACITY = 1_000;

    private final ExecutorService receiptSenders = Executors.newFixedThreadPool(8);
    private final Map<String, AtomicInteger> destinations = new ConcurrentHashMap<>();
    private final AtomicLong submits = new AtomicLong();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final long rejectDivisor;
    private final long throttleEvery;
    private final boolean receiptFirst;
    private final long closeAfter;
    private final long stallAfter;
    private final LoopbackSmppServer server;

    private AcknowledgingTestSmsc(long rejectDivisor, long throttleEvery, boolean receiptFirst, long closeAfter, long stallAfter)
            throws IOException {
        this.rejectDivisor = rejectDivisor;
        this.throttleEvery = throttleEvery;
        this.receiptFirst = receiptFirst;
        this.closeAfter = closeAfter;
        this.stallAfter = stallAfter;
        this.server = new LoopbackSmppServer(PASSWORD, new Acknowledger(), null, PDU_PROCESSORS, QUEUE_CAPACITY);
    }

    static AcknowledgingTestSmsc acknowledgingAll() throws IOException {
        return new AcknowledgingTestSmsc(Long.MAX_VALUE, Long.MAX_VALUE, false, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /** Rejects messages to a number divisible by {@code divisor} with ESME_RINVDSTADR. */
    static AcknowledgingTestSmsc rejectingNumbersDivisibleBy(long divisor) throws IOException {
        return new AcknowledgingTestSmsc(divisor, Long.MAX_VALUE, false, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /** Answers every {@code n}th submit_sm it receives (a message sent again included) with ESME_RTHROTTLED. */
    static AcknowledgingTestSmsc throttlingEvery(long n) throws IOException {
        return new AcknowledgingTestSmsc(Long.MAX_VALUE, n, false, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /** Sends each receipt before the submit_sm_resp of its message. */
    static AcknowledgingTestSmsc sendingReceiptsFirst() throws IOException {
        return new AcknowledgingTestSmsc(Long.MAX_VALUE, Long.MAX_VALUE, true, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /** Drops the connection of each session that receives a submit_sm after the first {@code submits}. */
    static AcknowledgingTestSmsc closingAfter(long submits) throws IOException {
        return new AcknowledgingTestSmsc(Long.MAX_VALUE, Long.MAX_VALUE, false, submits, Long.MAX_VALUE);
    }

    /** Answers no submit_sm after the first {@code submits}, until it is closed. */
    static AcknowledgingTestSmsc stallingAfter(long submits) throws IOException {
        return new AcknowledgingTestSmsc(Long.MAX_VALUE, Long.MAX_VALUE, false, Long.MAX_VALUE, submits);
    }

    int port() {
        return server.port();
    }

    Map<String, AtomicInteger> destinations() {
        return destinations;
    }

    @Override
    public void close() throws IOException {
        closing.countDown();
        server.close();
        receiptSenders.shutdownNow();
    }

    private final class Acknowledger extends SubmitOnlyListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession session) throws ProcessRequestException {
            long received = submits.incrementAndGet();
            if (received > closeAfter) {
                session.close();
                throw new ProcessRequestException("closing", SMPPConstant.STAT_ESME_RSYSERR);
            }
            if (received > stallAfter) {
                awaitClose();
            }
            if (received % throttleEvery == 0) {
                throw new ProcessRequestException("slow down", SMPPConstant.STAT_ESME_RTHROTTLED);
            }
            destinations.computeIfAbsent(submit.getDestAddress(), number -> new AtomicInteger()).incrementAndGet();
            if (Long.parseLong(submit.getDestAddress()) % rejectDivisor == 0) {
                throw new ProcessRequestException("no such number", SMPPConstant.STAT_ESME_RINVDSTADR);
            }
            MessageId id = nextMessageId();
            if (SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(submit.getRegisteredDelivery())) {
                if (receiptFirst) {
                    sendReceipt(session, submit, id.getValue());
                } else {
                    receiptSenders.execute(() -> sendReceipt(session, submit, id.getValue()));
                }
            }
            return new SubmitSmResult(id, new OptionalParameter[0]);
        }

        private void awaitClose() {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void sendReceipt(SMPPServerSession session, SubmitSm submit, String messageId) {
            try {
                deliverReceipt(session, submit, messageId);
            } catch (Exception e) {
                // the generator counts receipts that never came
            }
        }
    }
}
