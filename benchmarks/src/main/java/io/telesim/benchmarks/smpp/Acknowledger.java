package io.telesim.benchmarks.smpp;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

import io.telesim.smpp.load.SubmitOnlyListener;

/**
 * {@link AckOnlySmsc}'s answer to every {@code submit_sm}: a fresh message id. A message that asks for a receipt
 * gets one from the {@link ReceiptSender} if it has room, else ESME_RTHROTTLED (the generator sends it again).
 */
final class Acknowledger extends SubmitOnlyListener {

    private static final OptionalParameter[] NO_OPTIONAL_PARAMETERS = {};

    private final ReceiptSender receipts;

    /** {@code receipts} is null when the SMSC sends none. */
    Acknowledger(ReceiptSender receipts) {
        this.receipts = receipts;
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession session) throws ProcessRequestException {
        MessageId id = nextMessageId();
        if (receipts != null && SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(submit.getRegisteredDelivery())) {
            if (!receipts.reserve()) {
                throw new ProcessRequestException("receipt queue full", SMPPConstant.STAT_ESME_RTHROTTLED);
            }
            return new ReceiptSender.ReceiptDue(id, submit);
        }
        return new SubmitSmResult(id, NO_OPTIONAL_PARAMETERS);
    }
}
