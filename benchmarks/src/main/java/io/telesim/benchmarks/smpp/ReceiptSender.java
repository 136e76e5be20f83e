package io.telesim.benchmarks.smpp;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerResponseDeliveryAdapter;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

import io.telesim.smpp.load.SubmitOnlyListener;

/**
 * Sends {@link AckOnlySmsc}'s receipts: a "DELIVRD" receipt {@code deliver_sm} for each accepted message that asked,
 * once its {@code submit_sm_resp} is on the wire. jSMPP's {@code deliverShortMessage} waits for the
 * {@code deliver_sm_resp}, so receipts in flight need a thread each: {@link #SENDERS} of them, shared by all
 * sessions (256 sent no more per second than 64 on two cores). At most {@link #PENDING} receipts wait for a sender
 * ({@link #reserve}); beyond that the SMSC throttles submits rather than queue without bound or make receipts late by
 * seconds. The senders never block jSMPP's PDU processors, which also carry the {@code deliver_sm_resp} the senders
 * wait for.
 */
final class ReceiptSender extends ServerResponseDeliveryAdapter implements AutoCloseable {

    static final int SENDERS = 64;
    static final int PENDING = 4_096;

    private final Semaphore room = new Semaphore(PENDING);
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, runnable -> {
        Thread thread = new Thread(runnable, "ack-only-receipts");
        thread.setDaemon(true);
        return thread;
    });

    /** A submit_sm_resp whose message gets a receipt once it is sent. */
    static final class ReceiptDue extends SubmitSmResult {
        private final SubmitSm submit;

        ReceiptDue(MessageId messageId, SubmitSm submit) {
            super(messageId, new OptionalParameter[0]);
            this.submit = submit;
        }
    }

    /** Makes room for one more receipt; false when {@link #PENDING} already wait. */
    boolean reserve() {
        return room.tryAcquire();
    }

    @Override
    public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession session) {
        if (result instanceof ReceiptDue due) {
            senders.execute(() -> send(due, session));
        }
    }

    @Override
    public void onSubmitSmRespError(SubmitSmResult result, Exception cause, SMPPServerSession session) {
        if (result instanceof ReceiptDue) {
            room.release();
        }
    }

    private void send(ReceiptDue due, SMPPServerSession session) {
        try {
            SubmitOnlyListener.deliverReceipt(session, due.submit, due.getMessageId());
        } catch (Exception e) {
            // The generator counts the receipts that never came; the session may have gone.
        } finally {
            room.release();
        }
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
