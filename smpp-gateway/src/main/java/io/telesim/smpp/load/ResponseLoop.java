package io.telesim.smpp.load;

import java.io.EOFException;
import java.io.IOException;

import org.HdrHistogram.Recorder;
import org.jsmpp.InvalidCommandLengthException;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Command;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.util.DefaultDecomposer;
import org.jsmpp.util.InvalidDeliveryReceiptException;
import org.jsmpp.util.PDUDecomposer;

/**
 * The reader thread of a {@link PipelinedBind}: reads every PDU the SMSC sends and
 * <ul>
 * <li>{@code submit_sm_resp} (or {@code generic_nack}): frees the message's slot; ESME_RTHROTTLED puts the message
 * back for the writer ({@link ThrottledMessages}); any other answer records its latency and counts it accepted or
 * rejected, and an accepted message's id goes to the {@link ReceiptMatcher} when receipts are asked for;</li>
 * <li>{@code deliver_sm}: answers {@code deliver_sm_resp}; a delivery receipt is counted and matched;</li>
 * <li>{@code enquire_link}: answers; {@code unbind}: answers and stops; {@code unbind_resp}: stops.</li>
 * </ul>
 * It pushes its answers to the socket when no more input is waiting.
 */
final class ResponseLoop implements Runnable {

    private final PipelinedBind bind;
    private final Recorder responseLatency;
    private final ReceiptMatcher receipts;
    private final LoadObserver observer;
    private final PDUDecomposer decomposer = new DefaultDecomposer();

    /** {@code receipts} is null when the generator does not ask for receipts. */
    ResponseLoop(PipelinedBind bind, Recorder responseLatency, ReceiptMatcher receipts, LoadObserver observer) {
        this.bind = bind;
        this.responseLatency = responseLatency;
        this.receipts = receipts;
        this.observer = observer;
    }

    @Override
    public void run() {
        try {
            boolean bound = true;
            while (bound) {
                Command header = bind.reader().readPDUHeader(bind.in());
                byte[] pdu = bind.reader().readPDU(bind.in(), header);
                bound = handle(header, pdu, System.nanoTime());
                if (bind.in().available() == 0) {
                    bind.out().push();
                }
            }
            bind.out().push();
        } catch (EOFException e) {
            if (!bind.unbinding()) {
                bind.tally().failed(bind.name() + ": the SMSC closed the connection");
            }
        } catch (IOException e) {
            if (!bind.unbinding()) {
                bind.tally().failed(bind.name() + ": reading from the SMSC: " + e.getMessage());
            }
        } catch (InvalidCommandLengthException e) {
            bind.tally().failed(bind.name() + ": the SMSC sent an invalid PDU: " + e.getMessage());
        } catch (RuntimeException e) {
            bind.tally().failed(bind.name() + ": reader stopped: " + e);
        }
    }

    /** False when the bind has ended. */
    private boolean handle(Command header, byte[] pdu, long nowNanos) throws IOException {
        int sequence = header.getSequenceNumber();
        switch (header.getCommandId()) {
            case SMPPConstant.CID_SUBMIT_SM_RESP, SMPPConstant.CID_GENERIC_NACK -> answered(header, pdu, nowNanos);
            case SMPPConstant.CID_DELIVER_SM -> delivered(sequence, pdu, nowNanos);
            case SMPPConstant.CID_ENQUIRE_LINK -> bind.sender().sendEnquireLinkResp(bind.out(), sequence);
            case SMPPConstant.CID_ENQUIRE_LINK_RESP -> {
                // The generator sends no enquire_link; an answer to one is harmless.
            }
            case SMPPConstant.CID_UNBIND -> {
                bind.sender().sendUnbindResp(bind.out(), SMPPConstant.STAT_ESME_ROK, sequence);
                if (!bind.unbinding()) {
                    bind.tally().failed(bind.name() + ": the SMSC unbound");
                }
                return false;
            }
            case SMPPConstant.CID_UNBIND_RESP -> {
                return false;
            }
            default -> {
                if ((header.getCommandId() & SMPPConstant.MASK_CID_RESP) == 0) {
                    bind.sender().sendGenericNack(bind.out(), SMPPConstant.STAT_ESME_RINVCMDID, sequence);
                }
            }
        }
        return true;
    }

    private void answered(Command header, byte[] pdu, long nowNanos) {
        InFlightWindow window = bind.window();
        int slot = window.takeBack(header.getSequenceNumber());
        if (slot < 0) {
            return;
        }
        long sentNanos = window.sentNanos(slot);
        int status = header.getCommandId() == SMPPConstant.CID_GENERIC_NACK && header.getCommandStatus() == SMPPConstant.STAT_ESME_ROK
                ? SMPPConstant.STAT_ESME_RUNKNOWNERR : header.getCommandStatus();
        if (status == SMPPConstant.STAT_ESME_RTHROTTLED) {
            bind.throttled().add(window.index(slot), sentNanos, nowNanos);
            window.free(slot);
            return;
        }
        long index = window.index(slot);
        window.free(slot);
        long latency = Math.max(0, nowNanos - sentNanos);
        responseLatency.recordValue(latency);
        if (status != SMPPConstant.STAT_ESME_ROK) {
            bind.tally().rejected(status, nowNanos);
            observer.answered(index, status, null, latency);
            return;
        }
        bind.tally().accepted(nowNanos);
        String messageId;
        try {
            messageId = decomposer.submitSmResp(pdu).getMessageId();
        } catch (PDUStringException e) {
            bind.tally().failed(bind.name() + ": a submit_sm_resp with a malformed message id: " + e.getMessage());
            messageId = null;
        }
        observer.answered(index, status, messageId, latency);
        if (receipts != null && messageId != null) {
            receipts.accepted(messageId, sentNanos);
        }
    }

    private void delivered(int sequence, byte[] pdu, long nowNanos) throws IOException {
        try {
            DeliverSm deliverSm = decomposer.deliverSm(pdu);
            if (deliverSm.isSmscDeliveryReceipt()) {
                bind.tally().receipt(nowNanos);
                if (receipts != null) {
                    receipts.receipt(receiptedMessageId(deliverSm), nowNanos);
                }
            }
            bind.sender().sendDeliverSmResp(bind.out(), SMPPConstant.STAT_ESME_ROK, sequence, null);
        } catch (PDUStringException | InvalidDeliveryReceiptException e) {
            bind.sender().sendDeliverSmResp(bind.out(), SMPPConstant.STAT_ESME_RX_R_APPN, sequence, null);
            bind.tally().failed(bind.name() + ": a malformed delivery receipt: " + e.getMessage());
        }
    }

    /** The receipted_message_id TLV when the SMSC sends one, else the id in the receipt's text. */
    private static String receiptedMessageId(DeliverSm receipt) throws InvalidDeliveryReceiptException {
        OptionalParameter tlv = receipt.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
        if (tlv instanceof OptionalParameter.COctetString id) {
            return id.getValueAsString();
        }
        return receipt.getShortMessageAsDeliveryReceipt().getId();
    }
}
