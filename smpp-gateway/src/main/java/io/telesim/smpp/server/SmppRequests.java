package io.telesim.smpp.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Address;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DestinationAddress;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.UnsuccessDelivery;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.ServerResponseDeliveryListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.smpp.SmppRejection;
import io.telesim.smpp.centre.SmsCentre;
import io.telesim.smpp.centre.SmsMessage;
import io.telesim.smpp.centre.Submission;

/**
 * The SMS centre's answers to what bound ESMEs send: submit_sm, data_sm, submit_multi, query_sm,
 * cancel_sm and replace_sm. Runs on jSMPP's PDU processor threads; a message goes out for delivery only
 * once its submit_sm_resp is on the wire, so no receipt overtakes it.
 */
final class SmppRequests implements ServerMessageReceiverListener, ServerResponseDeliveryListener {

    private static final Logger LOG = LoggerFactory.getLogger(SmppRequests.class);
    private static final OptionalParameter[] NONE = new OptionalParameter[0];
    /** submit_multi takes at most this many destinations (SMPP 3.4 §4.5.1). */
    private static final int MAX_DESTINATIONS = 254;

    private final SmsCentre centre;
    private final EsmeSessions sessions;
    private final SubmissionReader reader;
    private final Map<String, List<SmsMessage>> heldForResponse = new ConcurrentHashMap<>();

    SmppRequests(SmsCentre centre, EsmeSessions sessions) {
        this.centre = centre;
        this.sessions = sessions;
        this.reader = new SubmissionReader(centre.settings());
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm pdu, SMPPServerSession session) throws ProcessRequestException {
        BoundEsme esme = boundSender(session);
        try {
            Submission submission = reader.read(esme.account(), SubmitFields.of(pdu), centre.clock().now());
            SmsMessage message = centre.accept(submission, esme.account().payerFor(submission.source().party()));
            return new SubmitSmResult(new MessageId(message.messageId()), NONE);
        } catch (SmppRejection e) {
            throw refused("submit_sm", esme, e);
        } catch (PDUStringException e) {
            throw new ProcessRequestException("bad message id", SMPPConstant.STAT_ESME_RSYSERR, e);
        }
    }

    @Override
    public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession session) {
        release(centre.find(result.getMessageId()));
    }

    @Override
    public void onSubmitSmRespError(SubmitSmResult result, Exception cause, SMPPServerSession session) {
        // The message was accepted and charged; the ESME may not know its id, but it is delivered all the same.
        release(centre.find(result.getMessageId()));
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm pdu, Session session) throws ProcessRequestException {
        BoundEsme esme = boundSender((SMPPServerSession) session);
        try {
            Submission submission = reader.read(esme.account(), SubmitFields.of(pdu), centre.clock().now());
            SmsMessage message = centre.accept(submission, esme.account().payerFor(submission.source().party()));
            return new DataSmResult(new MessageId(message.messageId()), NONE);
        } catch (SmppRejection e) {
            throw refused("data_sm", esme, e);
        } catch (PDUStringException e) {
            throw new ProcessRequestException("bad message id", SMPPConstant.STAT_ESME_RSYSERR, e);
        }
    }

    /** The data_sm_resp carrying {@code messageId} is on the wire (see {@link DataSmRespHook}). */
    void onDataSmRespSent(String messageId) {
        release(centre.find(messageId));
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti pdu, SMPPServerSession session) throws ProcessRequestException {
        BoundEsme esme = boundSender(session);
        DestinationAddress[] destinations = pdu.getDestAddresses();
        if (destinations == null || destinations.length == 0 || destinations.length > MAX_DESTINATIONS) {
            throw new ProcessRequestException("submit_multi needs 1 to 254 destinations", SMPPConstant.STAT_ESME_RINVNUMDESTS);
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
            throw new ProcessRequestException("no destination was accepted", failed.get(0).getErrorStatusCode());
        }
        String messageId = accepted.get(0).messageId();
        heldForResponse.put(messageId, accepted);
        return new SubmitMultiResult(messageId, failed.toArray(new UnsuccessDelivery[0]), NONE);
    }

    @Override
    public void onSubmitMultiRespSent(SubmitMultiResult result, SMPPServerSession session) {
        List<SmsMessage> messages = heldForResponse.remove(result.getMessageId());
        if (messages != null) {
            messages.forEach(centre::release);
        }
    }

    @Override
    public void onSubmitMultiRespError(SubmitMultiResult result, Exception cause, SMPPServerSession session) {
        onSubmitMultiRespSent(result, session);
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm pdu, SMPPServerSession session) throws ProcessRequestException {
        SmsMessage message = ownMessage(boundSender(session), pdu.getMessageId(), pdu.getSourceAddr(), SMPPConstant.STAT_ESME_RQUERYFAIL);
        return new QuerySmResult(SmppTime.finalDate(message.doneTime()), message.state(), (byte) Math.min(message.error(), 255));
    }

    @Override
    public void onAcceptCancelSm(CancelSm pdu, SMPPServerSession session) throws ProcessRequestException {
        BoundEsme esme = boundSender(session);
        if (pdu.getMessageId() != null && !pdu.getMessageId().isEmpty()) {
            ownMessage(esme, pdu.getMessageId(), pdu.getSourceAddr(), SMPPConstant.STAT_ESME_RCANCELFAIL);
            String destination = pdu.getDestinationAddress();
            int cancelled = 0;
            for (SmsMessage copy : centre.copies(pdu.getMessageId())) {
                boolean named = destination == null || destination.isEmpty() || destination.equals(copy.submission().destinationAddress());
                cancelled += named && centre.cancel(copy) ? 1 : 0;
            }
            if (cancelled == 0) {
                throw new ProcessRequestException("no waiting message " + pdu.getMessageId() + " to cancel", SMPPConstant.STAT_ESME_RCANCELFAIL);
            }
            return;
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
            throw new ProcessRequestException("no waiting message matches", SMPPConstant.STAT_ESME_RCANCELFAIL);
        }
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm pdu, SMPPServerSession session) throws ProcessRequestException {
        BoundEsme esme = boundSender(session);
        ownMessage(esme, pdu.getMessageId(), pdu.getSourceAddr(), SMPPConstant.STAT_ESME_RREPLACEFAIL);
        List<SmsMessage> copies = centre.copies(pdu.getMessageId());
        for (SmsMessage copy : copies) {
            // Of a submit_multi's copies, those already delivered are left as they are.
            if (copies.size() == 1 || !copy.isFinal()) {
                replace(esme, copy, pdu);
            }
        }
    }

    /** Replaces one message (one copy of a submit_multi) with what replace_sm says. */
    private void replace(BoundEsme esme, SmsMessage message, ReplaceSm pdu) throws ProcessRequestException {
        try {
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
        } catch (SmppRejection e) {
            throw refused("replace_sm", esme, e);
        }
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm pdu, SMPPServerSession session) throws ProcessRequestException {
        throw notSmpp34("broadcast_sm");
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm pdu, SMPPServerSession session) throws ProcessRequestException {
        throw notSmpp34("cancel_broadcast_sm");
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm pdu, SMPPServerSession session)
            throws ProcessRequestException {
        throw notSmpp34("query_broadcast_sm");
    }

    private void release(SmsMessage message) {
        if (message != null) {
            centre.release(message);
        }
    }

    private BoundEsme boundSender(SMPPServerSession session) throws ProcessRequestException {
        BoundEsme esme = sessions.of(session);
        if (esme == null) {
            throw new ProcessRequestException("the session is not bound", SMPPConstant.STAT_ESME_RINVBNDSTS);
        }
        if (!esme.throttle().tryAcquire()) {
            throw new ProcessRequestException(esme.account().systemId() + " is over " + esme.account().maxPerSecond() + " messages a second",
                    SMPPConstant.STAT_ESME_RTHROTTLED);
        }
        return esme;
    }

    /** A message this ESME sent from {@code sourceAddr}; another's message is as unknown as a missing one. */
    private SmsMessage ownMessage(BoundEsme esme, String messageId, String sourceAddr, int failStatus) throws ProcessRequestException {
        SmsMessage message = centre.find(messageId);
        if (message == null || !esme.account().systemId().equals(message.submission().origin().receiptsTo())) {
            throw new ProcessRequestException("no message " + messageId, SMPPConstant.STAT_ESME_RINVMSGID);
        }
        if (sourceAddr != null && !sourceAddr.isEmpty() && !sourceAddr.equals(message.submission().sourceAddress())) {
            throw new ProcessRequestException("message " + messageId + " was not sent from " + sourceAddr, failStatus);
        }
        return message;
    }

    private static ProcessRequestException refused(String command, BoundEsme esme, SmppRejection e) {
        LOG.debug("{} from {} refused with 0x{}: {}", command, esme.account().systemId(), Integer.toHexString(e.commandStatus()), e.getMessage());
        return new ProcessRequestException(e.getMessage(), e.commandStatus());
    }

    private static ProcessRequestException notSmpp34(String command) {
        return new ProcessRequestException(command + " is SMPP 5.0; this SMSC speaks 3.4", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
