package io.telesim.smpp.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.SMPPSession;

/** Short ways for tests to send what ESMEs send, written out byte by byte rather than with our own encoders. */
final class Pdus {

    static final byte GSM7 = 0x00;
    static final byte UCS2 = 0x08;
    static final ESMClass PLAIN = new ESMClass();
    static final ESMClass UDHI = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);

    private Pdus() {
    }

    /** submit_sm from an alphanumeric sender to an international number, receipt requested. */
    static String submit(SMPPSession session, String source, String destination, byte dataCoding, byte[] text,
                         OptionalParameter... optional) throws Exception {
        return submit(session, TypeOfNumber.ALPHANUMERIC, source, destination, PLAIN, dataCoding, text, "", optional);
    }

    static String submit(SMPPSession session, TypeOfNumber sourceTon, String source, String destination, ESMClass esmClass, byte dataCoding,
                         byte[] text, String validity, OptionalParameter... optional) throws Exception {
        NumberingPlanIndicator sourceNpi = sourceTon == TypeOfNumber.ALPHANUMERIC ? NumberingPlanIndicator.UNKNOWN : NumberingPlanIndicator.ISDN;
        return session.submitShortMessage("", sourceTon, sourceNpi, source, TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                destination, esmClass, (byte) 0, (byte) 0, null, validity, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                (byte) 0, new RawDataCoding(dataCoding), (byte) 0, text, optional).getMessageId();
    }

    /** submit_sm from an alphanumeric sender with the receipt, schedule and validity an ESME chose. */
    static String submit(SMPPSession session, String source, String destination, SMSCDeliveryReceipt receipt, String schedule,
                         String validity, byte[] text) throws Exception {
        return session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, source, TypeOfNumber.INTERNATIONAL,
                NumberingPlanIndicator.ISDN, destination, PLAIN, (byte) 0, (byte) 0, schedule, validity, new RegisteredDelivery(receipt),
                (byte) 0, new RawDataCoding(GSM7), (byte) 0, text).getMessageId();
    }

    /** The command_status a submit is refused with (0 when it is accepted). */
    static int statusOf(ThrowingRunnable submit) throws Exception {
        try {
            submit.run();
            return 0;
        } catch (NegativeResponseException e) {
            return e.getCommandStatus();
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** The message id a delivery receipt is for, from its receipted_message_id. */
    static String receiptedId(DeliverSm receipt) {
        return ((OptionalParameter.COctetString) receipt.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID)).getValueAsString();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] ucs2(String text) {
        return text.getBytes(StandardCharsets.UTF_16BE);
    }

    /** A part with the 8-bit-reference concatenation header 05 00 03 ref total seq in front. */
    static byte[] udhPart(int reference, int total, int sequence, byte[] body) {
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        part.writeBytes(new byte[] {5, 0, 3, (byte) reference, (byte) total, (byte) sequence});
        part.writeBytes(body);
        return part.toByteArray();
    }
}
