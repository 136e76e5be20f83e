package io.telesim.smpp.server;

import java.util.ArrayList;
import java.util.List;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Address;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DestinationAddress;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.UnsuccessDelivery;
import org.jsmpp.util.DefaultDecomposer;
import org.jsmpp.util.PDUDecomposer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.smpp.SmppRejection;
import io.telesim.smpp.centre.SmsCentre;
import io.telesim.smpp.centre.SmsMessage;
import io.telesim.smpp.centre.Submission;

/**
 * The SMS centre's answers to the rarer requests of bound ESMEs: submit_multi, query_sm, cancel_sm and
 * replace_sm. These wait for the engine (a charge) or walk the pending messages (cancel by address), so
 * they run on the SMSC's request threads, never on an event loop. Thread-safe.
 */
final class MessageRequests {

    /** The response PDU, and the messages that go out for delivery once it is on the wire. */
    record Answer(byte[] pdu, List<SmsMessage> release) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(MessageRequests.class);
    /** submit_multi takes at most this many destinations (SMPP 3.4 §4.5.1). */
    private static final int MAX_DESTINATIONS = 254;

    private final SmsCentre centre;
    private final SubmissionReader reader;
    private final PDUDecomposer decomposer = new DefaultDecomposer();

    MessageRequests(SmsCentre centre) {
        this.centre = centre;
        this.reader = new SubmissionReader(centre.settings());
    }

    /**
     * Answers one request; a refusal in SMPP's terms is answered with its status.
     *
     * @throws Exception when the PDU does not decode (the caller answers generic_nack)
     */
    Answer answer(BoundEsme esme, int commandId, byte[] pdu) throws Exception {
        int sequence = SmppPdu.sequence(pdu);
        try {
            return switch (commandId) {
                case SMPPConstant.CID_SUBMIT_MULTI -> submitMulti(esme, decomposer.submitMulti(pdu));
                case SMPPConstant.CID_QUERY_SM -> query(esme, decomposer.querySm(pdu));
                case SMPPConstant.CID_CANCEL_SM -> cancel(esme, decomposer.cancelSm(pdu));
                case SMPPConstant.CID_REPLACE_SM -> replace(esme, decomposer.replaceSm(pdu));
                default -> throw new IllegalArgumentException("not a message request: 0x" + Integer.toHexString(commandId));
            };
        } catch (SmppRejection e) {
            LOG.debug("0x{} from {} refused with 0x{}: {}", Integer.toHexString(commandId), esme.account().systemId(),
                    Integer.toHexString(e.commandStatus()), e.getMessage());
            return new Answer(SmppPdu.COMPOSER.composeHeader(commandId | SmppPdu.RESPONSE, e.commandStatus(), sequence), List.of());
        }
    }

    private Answer submitMulti(BoundEsme esme, SubmitMulti pdu) throws SmppRejection, PDUStringException {
        DestinationAddress[] destinations = pdu.getDestAddresses();
        if (destinations == null || destinations.length == 0 || destinations.length > MAX_DESTINATIONS) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVNUMDESTS, "submit_multi needs 1 to 254 destinations");
        }
        List<SmsMessage> accepted = new ArrayList<>();
        List<UnsuccessDelivery> failed = new ArrayList<>();
        long now = centre.clock().now();
        for (DestinationAddress destination : destinations) {
            if (!(destination instanceof Address address)) {
                failed.add(new UnsuccessDelivery((byte) 0, (byte) 0, "", SMPPConstant.STAT_ESME_RINVDLNAME));
                continue;
            }
            try {
                Submission submission = reader.read(esme.account(), SubmitFields.of(pdu, address), now);
                long group = accepted.isEmpty() ? 0 : accepted.get(0).id();
                accepted.add(centre.accept(submission, esme.account().payerFor(submission.source().party()), group));
            } catch (SmppRejection e) {
                LOG.debug("submit_multi from {} to {} refused: {}", esme.account().systemId(), address.getAddress(), e.getMessage());
                failed.add(new UnsuccessDelivery(address, e.commandStatus()));
            }
        }
        if (accepted.isEmpty()) {
            throw new SmppRejection(failed.get(0).getErrorStatusCode(), "no destination was accepted");
        }
        byte[] response = SmppPdu.COMPOSER.submitMultiResp(pdu.getSequenceNumber(), accepted.get(0).messageId(),
                failed.toArray(new UnsuccessDelivery[0]));
        return new Answer(response, accepted);
    }

    private Answer query(BoundEsme esme, QuerySm pdu) throws SmppRejection, PDUStringException {
        SmsMessage message = ownMessage(esme, pdu.getMessageId(), pdu.getSourceAddr(), SMPPConstant.STAT_ESME_RQUERYFAIL);
        return new Answer(SmppPdu.COMPOSER.querySmResp(pdu.getSequenceNumber(), pdu.getMessageId(), SmppTime.finalDate(message.doneTime()),
                message.state().value(), (byte) Math.min(message.error(), 255)), List.of());
    }

    private Answer cancel(BoundEsme esme, CancelSm pdu) throws SmppRejection {
        if (pdu.getMessageId() != null && !pdu.getMessageId().isEmpty()) {
            ownMessage(esme, pdu.getMessageId(), pdu.getSourceAddr(), SMPPConstant.STAT_ESME_RCANCELFAIL);
            String destination = pdu.getDestinationAddress();
            int cancelled = 0;
            for (SmsMessage copy : centre.copies(pdu.getMessageId())) {
                boolean named = destination == null || destination.isEmpty() || destination.equals(copy.submission().destinationAddress());
                cancelled += named && centre.cancel(copy) ? 1 : 0;
            }
            if (cancelled == 0) {
                throw new SmppRejection(SMPPConstant.STAT_ESME_RCANCELFAIL, "no waiting message " + pdu.getMessageId() + " to cancel");
            }
            return new Answer(SmppPdu.COMPOSER.cancelSmResp(pdu.getSequenceNumber()), List.of());
        }
        String systemId = esme.account().systemId();
        List<SmsMessage> matching = centre.pending(message -> {
            Submission s = message.submission();
            return systemId.equals(s.origin().receiptsTo()) && s.sourceAddress().equals(pdu.getSourceAddr())
                    && (pdu.getDestinationAddress() == null || pdu.getDestinationAddress().isEmpty()
                    || s.destinationAddress().equals(pdu.getDestinationAddress()))
                    && (pdu.getServiceType() == null || pdu.getServiceType().isEmpty() || pdu.getServiceType().equals(s.serviceType()));
        });
        int cancelled = 0;
        for (SmsMessage message : matching) {
            cancelled += centre.cancel(message) ? 1 : 0;
        }
        if (cancelled == 0) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RCANCELFAIL, "no waiting message matches");
        }
        return new Answer(SmppPdu.COMPOSER.cancelSmResp(pdu.getSequenceNumber()), List.of());
    }

    private Answer replace(BoundEsme esme, ReplaceSm pdu) throws SmppRejection {
        ownMessage(esme, pdu.getMessageId(), pdu.getSourceAddr(), SMPPConstant.STAT_ESME_RREPLACEFAIL);
        List<SmsMessage> copies = centre.copies(pdu.getMessageId());
        for (SmsMessage copy : copies) {
            // Of a submit_multi's copies, those already delivered are left as they are.
            if (copies.size() == 1 || !copy.isFinal()) {
                replace(esme, copy, pdu);
            }
        }
        return new Answer(SmppPdu.COMPOSER.replaceSmResp(pdu.getSequenceNumber()), List.of());
    }

    /** Replaces one message (one copy of a submit_multi) with what replace_sm says. */
    private void replace(BoundEsme esme, SmsMessage message, ReplaceSm pdu) throws SmppRejection {
        Submission original = message.submission();
        byte[] octets = pdu.getShortMessage() == null ? new byte[0] : pdu.getShortMessage();
        long now = centre.clock().now();
        long notBefore = pdu.getScheduleDeliveryTime() == null || pdu.getScheduleDeliveryTime().isEmpty() ? original.notBefore()
                : SmppTime.parse(pdu.getScheduleDeliveryTime(), now, SMPPConstant.STAT_ESME_RINVSCHED);
        long validUntil = pdu.getValidityPeriod() == null || pdu.getValidityPeriod().isEmpty() ? original.validUntil()
                : reader.validUntil(pdu.getValidityPeriod(), now, notBefore);
        Submission replacement = original.withContent(reader.replacementText(original, octets), octets,
                reader.replacementSegments(original, octets), SubmissionReader.receipt(pdu.getRegisteredDelivery()), notBefore,
                validUntil);
        centre.replace(message, replacement, esme.account().payerFor(message.submission().source().party()));
    }

    /** A message this ESME sent from {@code sourceAddr}; another's message is as unknown as a missing one. */
    private SmsMessage ownMessage(BoundEsme esme, String messageId, String sourceAddr, int failStatus) throws SmppRejection {
        SmsMessage message = centre.find(messageId);
        if (message == null || !esme.account().systemId().equals(message.submission().origin().receiptsTo())) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVMSGID, "no message " + messageId);
        }
        if (sourceAddr != null && !sourceAddr.isEmpty() && !sourceAddr.equals(message.submission().sourceAddress())) {
            throw new SmppRejection(failStatus, "message " + messageId + " was not sent from " + sourceAddr);
        }
        return message;
    }
}
