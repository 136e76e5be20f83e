package io.telesim.smpp.server;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.OptionalParameter;

import io.telesim.billing.number.PartyNumber;
import io.telesim.smpp.SmppRejection;
import io.telesim.smpp.address.SmppAddresses;
import io.telesim.smpp.address.SmppSender;
import io.telesim.smpp.centre.CentreSettings;
import io.telesim.smpp.centre.Origin;
import io.telesim.smpp.centre.Submission;
import io.telesim.smpp.concat.ConcatPart;
import io.telesim.smpp.concat.Udh;
import io.telesim.smpp.text.Segments;
import io.telesim.smpp.text.SmsAlphabet;

/**
 * Checks an ESME's message and turns it into a {@link Submission}, or says in SMPP's terms what is wrong:
 * addresses, esm_class, data_coding, lengths, concatenation (UDH or sar_* TLVs), schedule and validity.
 */
final class SubmissionReader {

    static final int MAX_SHORT_MESSAGE = 254;
    /** esm_class bits 2-5: the message type; an ESME may only submit ordinary messages. */
    private static final int MESSAGE_TYPE_BITS = 0x3C;
    private static final int UDHI = 0x40;
    /** A relative validity of nothing at all: "use the SMSC's default". */
    private static final String DEFAULT_VALIDITY = "000000000000000R";
    /** ESME_RINVOPTPARAMVAL (SMPP 3.4 §5.1.3), which jSMPP's constants leave out. */
    private static final int INVALID_TLV_VALUE = 0xC4;

    private final CentreSettings settings;

    SubmissionReader(CentreSettings settings) {
        this.settings = settings;
    }

    Submission read(EsmeAccount account, SubmitFields pdu, long now) throws SmppRejection {
        if ((pdu.esmClass() & MESSAGE_TYPE_BITS) != 0) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVESMCLASS,
                    "esm_class 0x" + Integer.toHexString(pdu.esmClass() & 0xFF) + " asks for a receipt or acknowledgement type; submit ordinary messages");
        }
        SmppSender source = SmppAddresses.source(pdu.sourceTon(), pdu.sourceNpi(), pdu.sourceAddr());
        if (!account.maySendFrom(pdu.sourceAddr())) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVSRCADR, account.systemId() + " may not send from " + pdu.sourceAddr());
        }
        if (account.handsetGateway() && (source.alphanumeric() || PartyNumber.isShort(source.party()))) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVSRCADR, "an SMS from a handset comes from the subscriber's full number, not "
                    + pdu.sourceAddr());
        }
        long destination = SmppAddresses.destination(pdu.destTon(), pdu.destNpi(), pdu.destAddr());
        byte[] octets = content(pdu);
        int header = 0;
        ConcatPart part = null;
        if ((pdu.esmClass() & UDHI) != 0) {
            header = Udh.headerLength(octets);
            part = Udh.concatenation(octets);
        }
        ConcatPart sar = sarPart(pdu);
        if (sar != null) {
            part = sar;
        }
        SmsAlphabet alphabet = SmsAlphabet.of(pdu.dataCoding());
        String text = alphabet.decode(octets, header, octets.length - header);
        int segments = part != null ? 1 : Segments.count(alphabet, octets.length - header);
        long notBefore = SmppTime.parse(pdu.scheduleDeliveryTime(), now, SMPPConstant.STAT_ESME_RINVSCHED);
        long validUntil = validUntil(pdu.validityPeriod(), now, notBefore);
        if (notBefore >= validUntil) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVSCHED, "the message is scheduled after it expires");
        }
        Origin origin = account.handsetGateway() ? Origin.handset(source.party()) : Origin.esme(account.systemId());
        return new Submission(origin, pdu.serviceType(), source, pdu.sourceAddr(), pdu.sourceTon(),
                pdu.sourceNpi(), destination, pdu.destAddr(), pdu.destTon(), pdu.destNpi(), text, pdu.dataCoding(), pdu.esmClass(), octets,
                part, segments, receipt(pdu.registeredDelivery()), notBefore, validUntil);
    }

    /** The new text of a replace_sm, decoded as the message it replaces was. */
    String replacementText(Submission original, byte[] shortMessage) throws SmppRejection {
        byte[] octets = shortMessage == null ? new byte[0] : shortMessage;
        if (octets.length > MAX_SHORT_MESSAGE) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVMSGLEN, "short_message holds at most 254 octets, got " + octets.length);
        }
        int header = (original.esmClass() & UDHI) != 0 ? Udh.headerLength(octets) : 0;
        return SmsAlphabet.of(original.dataCoding()).decode(octets, header, octets.length - header);
    }

    int replacementSegments(Submission original, byte[] shortMessage) throws SmppRejection {
        if (original.part() != null) {
            return 1;
        }
        int header = (original.esmClass() & UDHI) != 0 ? Udh.headerLength(shortMessage) : 0;
        return Segments.count(SmsAlphabet.of(original.dataCoding()), shortMessage.length - header);
    }

    /**
     * When a message expires: as the ESME asked, cut to the longest validity; without a validity (or with the
     * all-zero relative one some ESMEs send for "the default"), the default. Both count from the scheduled
     * delivery time when there is one.
     */
    long validUntil(String validityPeriod, long now, long notBefore) throws SmppRejection {
        long requested = DEFAULT_VALIDITY.equals(validityPeriod) ? 0 : SmppTime.parse(validityPeriod, now, SMPPConstant.STAT_ESME_RINVEXPIRY);
        long from = Math.max(now, notBefore);
        long longest = from + settings.maxValidity().toMillis();
        if (requested == 0) {
            return Math.min(from + settings.defaultValidity().toMillis(), longest);
        }
        if (requested <= now) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVEXPIRY, "validity_period " + validityPeriod + " has already passed");
        }
        return Math.min(requested, longest);
    }

    static int receipt(byte registeredDelivery) {
        return switch (registeredDelivery & 0x03) {
            case 1 -> Submission.RECEIPT_ALWAYS;
            case 2 -> Submission.RECEIPT_ON_FAILURE;
            default -> Submission.RECEIPT_NONE;
        };
    }

    private static byte[] content(SubmitFields pdu) throws SmppRejection {
        byte[] shortMessage = pdu.shortMessage() == null ? new byte[0] : pdu.shortMessage();
        if (shortMessage.length > MAX_SHORT_MESSAGE) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVMSGLEN, "short_message holds at most 254 octets, got " + shortMessage.length);
        }
        OptionalParameter payload = pdu.optional(OptionalParameter.Tag.MESSAGE_PAYLOAD);
        if (payload == null) {
            return shortMessage;
        }
        if (shortMessage.length > 0) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVMSGLEN, "send the text in short_message or in message_payload, not both");
        }
        return ((OptionalParameter.OctetString) payload).getValue();
    }

    private static ConcatPart sarPart(SubmitFields pdu) throws SmppRejection {
        OptionalParameter reference = pdu.optional(OptionalParameter.Tag.SAR_MSG_REF_NUM);
        OptionalParameter total = pdu.optional(OptionalParameter.Tag.SAR_TOTAL_SEGMENTS);
        OptionalParameter sequence = pdu.optional(OptionalParameter.Tag.SAR_SEGMENT_SEQNUM);
        if (reference == null && total == null && sequence == null) {
            return null;
        }
        if (reference == null || total == null || sequence == null) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RMISSINGTLV,
                    "sar_msg_ref_num, sar_total_segments and sar_segment_seqnum go together");
        }
        try {
            return new ConcatPart(((OptionalParameter.Short) reference).getValue() & 0xFFFF, ((OptionalParameter.Byte) total).getValue() & 0xFF,
                    ((OptionalParameter.Byte) sequence).getValue() & 0xFF);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new SmppRejection(INVALID_TLV_VALUE, "bad sar_* parameters: " + e.getMessage());
        }
    }
}
