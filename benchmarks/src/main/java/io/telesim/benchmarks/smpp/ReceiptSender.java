package io.telesim.benchmarks.smpp;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerResponseDeliveryAdapter;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * Sends {@link AckOnlySmsc}'s receipts: a "DELIVRD" receipt {@code deliver_sm} for each accepted message that asked,
 * once its {@code submit_sm_resp} is on the wire. jSMPP's {@code deliverShortMessage} waits for the
 * {@code deliver_sm_resp}, so receipts in flight need a thread each: {@link #SENDERS} of them, shared by all
 * sessions. At most {@link #PENDING} receipts wait for a sender ({@link #reserve}); beyond that the SMSC throttles
 * submits rather than queue without bound. The senders never block jSMPP's PDU processors, which also carry the
 * {@code deliver_sm_resp} the senders wait for.
 */
final class ReceiptSender extends ServerResponseDeliveryAdapter implements AutoCloseable {

    static final int SENDERS = 64;
    static final int PENDING = 4_096;
    private static final ESMClass RECEIPT = new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT);
    private static final RegisteredDelivery NO_RECEIPT = new RegisteredDelivery();

    private final Semaphore room = new Semaphore(PENDING);
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, AckOnlySmsc.daemon("ack-only-receipts"));

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
            Date now = new Date();
            String text = new DeliveryReceipt(due.getMessageId(), 1, 1, now, now, DeliveryReceiptState.DELIVRD, "000", "").toString();
            SubmitSm submit = due.submit;
            session.deliverShortMessage(null, TypeOfNumber.valueOf(submit.getDestAddrTon()),
                    NumberingPlanIndicator.valueOf(submit.getDestAddrNpi()), submit.getDestAddress(),
                    TypeOfNumber.valueOf(submit.getSourceAddrTon()), NumberingPlanIndicator.valueOf(submit.getSourceAddrNpi()),
                    submit.getSourceAddr(), RECEIPT, (byte) 0, (byte) 0, NO_RECEIPT, GeneralDataCoding.DEFAULT,
                    text.getBytes(StandardCharsets.US_ASCII));
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
