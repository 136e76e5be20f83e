package io.telesim.smpp.server;

import java.util.concurrent.CompletableFuture;

import org.jsmpp.SMPPConstant;
import org.jsmpp.util.DefaultDecomposer;
import org.jsmpp.util.PDUDecomposer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.smpp.SmppRejection;
import io.telesim.smpp.centre.SmsCentre;
import io.telesim.smpp.centre.SmsMessage;
import io.telesim.smpp.centre.Submission;

/**
 * submit_sm and data_sm, the SMS centre's bulk traffic, taken without blocking the event loop they arrive
 * on: checked here, then handed to {@link SmsCentre#acceptAsync}, whose future the connection's
 * {@link PendingReplies} answers. Thread-safe (the decomposer and reader keep no state).
 */
final class SubmitRequests {

    private static final Logger LOG = LoggerFactory.getLogger(SubmitRequests.class);

    private final SmsCentre centre;
    private final SubmissionReader reader;
    private final PDUDecomposer decomposer = new DefaultDecomposer();

    SubmitRequests(SmsCentre centre) {
        this.centre = centre;
        this.reader = new SubmissionReader(centre.settings());
    }

    /** True when the body of a submit_sm or data_sm has the shape SMPP gives it (see {@link PduShape}). */
    static boolean wellFormed(int commandId, byte[] pdu) {
        return commandId == SMPPConstant.CID_SUBMIT_SM ? PduShape.isSubmitSm(pdu) : PduShape.isDataSm(pdu);
    }

    /**
     * Checks a well-formed submit_sm or data_sm and starts accepting it: the future completes with the
     * message, or fails with the {@link SmppRejection} to answer with.
     *
     * @throws Exception when the PDU does not decode after all (the caller answers generic_nack)
     */
    CompletableFuture<SmsMessage> accept(BoundEsme esme, int commandId, byte[] pdu) throws Exception {
        SubmitFields fields = commandId == SMPPConstant.CID_SUBMIT_SM ? SubmitFields.of(decomposer.submitSm(pdu))
                : SubmitFields.of(decomposer.dataSm(pdu));
        try {
            Submission submission = reader.read(esme.account(), fields, centre.clock().now());
            return centre.acceptAsync(submission, esme.account().payerFor(submission.source().party()));
        } catch (SmppRejection e) {
            LOG.debug("0x{} from {} refused with 0x{}: {}", Integer.toHexString(commandId), esme.account().systemId(),
                    Integer.toHexString(e.commandStatus()), e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
    }
}
