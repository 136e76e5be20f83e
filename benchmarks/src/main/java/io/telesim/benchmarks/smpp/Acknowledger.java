package io.telesim.benchmarks.smpp;

import java.util.concurrent.atomic.AtomicLong;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * {@link AckOnlySmsc}'s answer to every {@code submit_sm}: a fresh message id (a counter, in hex). A message that asks
 * for a receipt gets one from the {@link ReceiptSender} if it has room, else ESME_RTHROTTLED. Every other operation
 * is refused with ESME_RINVCMDID.
 */
final class Acknowledger implements ServerMessageReceiverListener {

    private static final OptionalParameter[] NO_OPTIONAL_PARAMETERS = {};

    private final AtomicLong messageIds = new AtomicLong();
    private final ReceiptSender receipts;

    /** {@code receipts} is null when the SMSC sends none. */
    Acknowledger(ReceiptSender receipts) {
        this.receipts = receipts;
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession session) throws ProcessRequestException {
        MessageId id = newMessageId();
        if (receipts != null && SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(submit.getRegisteredDelivery())) {
            if (!receipts.reserve()) {
                throw new ProcessRequestException("receipt queue full", SMPPConstant.STAT_ESME_RTHROTTLED);
            }
            return new ReceiptSender.ReceiptDue(id, submit);
        }
        return new SubmitSmResult(id, NO_OPTIONAL_PARAMETERS);
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
        throw unsupported();
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession session) throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession session) throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession session) throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession session) throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession session) throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession session)
            throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw unsupported();
    }

    private static ProcessRequestException unsupported() {
        return new ProcessRequestException("the ack-only SMSC only takes submit_sm", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
