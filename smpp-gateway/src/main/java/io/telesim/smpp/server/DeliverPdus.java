package io.telesim.smpp.server;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import org.jsmpp.PDUSender;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;

import io.telesim.smpp.centre.ReceiptText;
import io.telesim.smpp.centre.SmsMessage;
import io.telesim.smpp.centre.Submission;
import io.telesim.smpp.text.EncodedText;
import io.telesim.smpp.text.SmsEncoder;

/** The deliver_sm the SMS centre sends to ESMEs: delivery receipts, and messages for their short numbers. */
final class DeliverPdus {

    private static final ESMClass RECEIPT = new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT);
    private static final ESMClass PLAIN = new ESMClass();
    private static final ESMClass WITH_UDH = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);
    private static final int MAX_SHORT_MESSAGE = 254;

    private DeliverPdus() {
    }

    /** The receipt of {@code message}, from its recipient back to its sender. */
    static void writeReceipt(PDUSender sender, OutputStream out, int sequence, SmsMessage message, ZoneOffset zone) throws Exception {
        Submission submission = message.submission();
        byte[] text = ReceiptText.of(message, zone).getBytes(StandardCharsets.US_ASCII);
        sender.sendDeliverSm(out, sequence, submission.serviceType(), TypeOfNumber.valueOf(submission.destTon()),
                NumberingPlanIndicator.valueOf(submission.destNpi()), submission.destinationAddress(),
                TypeOfNumber.valueOf(submission.sourceTon()), NumberingPlanIndicator.valueOf(submission.sourceNpi()),
                submission.sourceAddress(), RECEIPT, (byte) 0, (byte) 0, new RegisteredDelivery(0), new RawDataCoding((byte) 0), text,
                new OptionalParameter.Receipted_message_id(message.messageId()),
                new OptionalParameter.Message_state(message.state().value()));
    }

    /**
     * A message for an ESME's short number. A part of a concatenated message goes on as it came (UDH
     * and all); a whole text goes in short_message, or in message_payload when it is longer than 254 octets.
     */
    static void writeMessage(PDUSender sender, OutputStream out, int sequence, SmsMessage message) throws Exception {
        Submission submission = message.submission();
        TypeOfNumber sourceTon = TypeOfNumber.valueOf(submission.sourceTon());
        NumberingPlanIndicator sourceNpi = NumberingPlanIndicator.valueOf(submission.sourceNpi());
        TypeOfNumber destTon = TypeOfNumber.valueOf(submission.destTon());
        NumberingPlanIndicator destNpi = NumberingPlanIndicator.valueOf(submission.destNpi());
        if (submission.part() != null && submission.shortMessage() != null) {
            sender.sendDeliverSm(out, sequence, submission.serviceType(), sourceTon, sourceNpi, submission.sourceAddress(), destTon, destNpi,
                    submission.destinationAddress(), WITH_UDH, (byte) 0, (byte) 0, new RegisteredDelivery(0),
                    new RawDataCoding(submission.dataCoding()), submission.shortMessage());
            return;
        }
        EncodedText encoded = SmsEncoder.encode(submission.text());
        RawDataCoding coding = new RawDataCoding(encoded.alphabet().dataCoding());
        if (encoded.octets().length <= MAX_SHORT_MESSAGE) {
            sender.sendDeliverSm(out, sequence, submission.serviceType(), sourceTon, sourceNpi, submission.sourceAddress(), destTon, destNpi,
                    submission.destinationAddress(), PLAIN, (byte) 0, (byte) 0, new RegisteredDelivery(0), coding, encoded.octets());
        } else {
            sender.sendDeliverSm(out, sequence, submission.serviceType(), sourceTon, sourceNpi, submission.sourceAddress(), destTon, destNpi,
                    submission.destinationAddress(), PLAIN, (byte) 0, (byte) 0, new RegisteredDelivery(0), coding, new byte[0],
                    new OptionalParameter.Message_payload(encoded.octets()));
        }
    }
}
