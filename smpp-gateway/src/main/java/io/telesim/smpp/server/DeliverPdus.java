package io.telesim.smpp.server;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import org.jsmpp.PDUStringException;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.OptionalParameter;

import io.telesim.smpp.centre.ReceiptText;
import io.telesim.smpp.centre.SmsMessage;
import io.telesim.smpp.centre.Submission;
import io.telesim.smpp.text.EncodedText;
import io.telesim.smpp.text.SmsEncoder;

/** The deliver_sm the SMS centre sends to ESMEs, composed by jSMPP: delivery receipts, and messages for their short numbers. */
final class DeliverPdus {

    private static final byte RECEIPT = new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT).value();
    private static final byte PLAIN = new ESMClass().value();
    private static final byte WITH_UDH = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI).value();
    private static final byte NO_RECEIPT = 0;
    private static final byte DEFAULT_CODING = 0;
    private static final int MAX_SHORT_MESSAGE = 254;

    private DeliverPdus() {
    }

    /** The receipt of {@code message}, from its recipient back to its sender. */
    static byte[] receipt(int sequence, SmsMessage message, ZoneOffset zone) throws PDUStringException {
        Submission submission = message.submission();
        byte[] text = ReceiptText.of(message, zone).getBytes(StandardCharsets.US_ASCII);
        return SmppPdu.COMPOSER.deliverSm(sequence, submission.serviceType(), submission.destTon(), submission.destNpi(),
                submission.destinationAddress(), submission.sourceTon(), submission.sourceNpi(), submission.sourceAddress(), RECEIPT,
                (byte) 0, (byte) 0, NO_RECEIPT, DEFAULT_CODING, text,
                new OptionalParameter.Receipted_message_id(message.messageId()),
                new OptionalParameter.Message_state(message.state().value()));
    }

    /**
     * A message for an ESME's short number. A part of a concatenated message goes on as it came (UDH
     * and all); a whole text goes in short_message, or in message_payload when it is longer than 254 octets.
     */
    static byte[] message(int sequence, SmsMessage message) throws PDUStringException {
        Submission submission = message.submission();
        if (submission.part() != null && submission.shortMessage() != null) {
            return deliverSm(sequence, submission, WITH_UDH, submission.dataCoding(), submission.shortMessage());
        }
        EncodedText encoded = SmsEncoder.encode(submission.text());
        byte coding = encoded.alphabet().dataCoding();
        if (encoded.octets().length <= MAX_SHORT_MESSAGE) {
            return deliverSm(sequence, submission, PLAIN, coding, encoded.octets());
        }
        return deliverSm(sequence, submission, PLAIN, coding, new byte[0], new OptionalParameter.Message_payload(encoded.octets()));
    }

    private static byte[] deliverSm(int sequence, Submission submission, byte esmClass, byte dataCoding, byte[] shortMessage,
                                    OptionalParameter... optional) throws PDUStringException {
        return SmppPdu.COMPOSER.deliverSm(sequence, submission.serviceType(), submission.sourceTon(), submission.sourceNpi(),
                submission.sourceAddress(), submission.destTon(), submission.destNpi(), submission.destinationAddress(), esmClass,
                (byte) 0, (byte) 0, NO_RECEIPT, dataCoding, shortMessage, optional);
    }
}
