package io.telesim.smpp.centre;

import org.jsmpp.SMPPConstant;

import io.telesim.billing.number.InvalidNumberException;
import io.telesim.billing.number.PartyNumber;
import io.telesim.smpp.SmppRejection;
import io.telesim.smpp.address.SmppAddresses;
import io.telesim.smpp.address.SmppSender;
import io.telesim.smpp.text.EncodedText;
import io.telesim.smpp.text.Segments;
import io.telesim.smpp.text.SmsEncoder;

/**
 * The ways into the SMS centre that are not an ESME's bind: one-time codes from {@code 3339}, bonus and
 * gift messages from a named sender, and SMS typed on a handset. They take the same path as an ESME's
 * messages: rated (handsets pay for theirs), stored and forwarded, with receipts for Telesim's own.
 */
public final class ServiceSenders {

    /** The short number one-time codes come from (F1). */
    public static final String OTP_SENDER = "3339";
    private static final byte TON_INTERNATIONAL = 1;
    private static final byte TON_ALPHANUMERIC = 5;
    private static final byte TON_ABBREVIATED = 6;
    private static final byte NPI_ISDN = 1;
    private static final byte NPI_UNKNOWN = 0;

    private final SmsCentre centre;

    public ServiceSenders(SmsCentre centre) {
        this.centre = centre;
    }

    /** Sends a one-time code to {@code msisdn} from 3339. */
    public SmsMessage sendOtp(long msisdn, String code) throws SmppRejection {
        return sendFrom(OTP_SENDER, msisdn, "Telesim code: " + code + ". Do not tell it to anyone, not even to us.");
    }

    /**
     * Sends {@code text} to {@code msisdn} from {@code sender}: a short number ({@code 3339}) or a name of
     * up to 11 characters ({@code Telesim}, {@code Bonus}). Free of charge; its final state goes to the
     * centre's service receipt listener.
     */
    public SmsMessage sendFrom(String sender, long msisdn, String text) throws SmppRejection {
        boolean digits = !sender.isEmpty() && sender.chars().allMatch(Character::isDigit);
        byte ton = digits ? TON_ABBREVIATED : TON_ALPHANUMERIC;
        byte npi = digits ? NPI_ISDN : NPI_UNKNOWN;
        SmppSender source = SmppAddresses.source(ton, npi, sender);
        String destination = Long.toString(msisdn);
        return centre.send(submission(Origin.service(sender), source, sender, ton, npi, msisdn, destination, TON_INTERNATIONAL, text,
                Submission.RECEIPT_ALWAYS), 0);
    }

    /**
     * An SMS typed on the handset of {@code sender} to {@code destination} as the subscriber wrote it
     * (a number in any usual form, or a short number): charged to the sender, then delivered.
     */
    public SmsMessage sendFromHandset(long sender, String destination, String text) throws SmppRejection {
        long party;
        try {
            party = PartyNumber.parse(destination);
        } catch (InvalidNumberException e) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVDSTADR, e.getMessage());
        }
        boolean shortNumber = PartyNumber.isShort(party);
        String senderText = Long.toString(sender);
        SmppSender source = new SmppSender(sender, senderText);
        return centre.send(submission(Origin.handset(sender), source, senderText, TON_INTERNATIONAL, NPI_ISDN, party,
                PartyNumber.toString(party), shortNumber ? TON_ABBREVIATED : TON_INTERNATIONAL, text, Submission.RECEIPT_NONE), sender);
    }

    private Submission submission(Origin origin, SmppSender source, String sourceAddress, byte sourceTon, byte sourceNpi, long destination,
                                  String destinationAddress, byte destTon, String text, int receipt) {
        EncodedText encoded = SmsEncoder.encode(text);
        long now = centre.clock().now();
        return new Submission(origin, "", source, sourceAddress, sourceTon, sourceNpi, destination, destinationAddress, destTon, NPI_ISDN,
                text, encoded.alphabet().dataCoding(), (byte) 0, encoded.octets(), null, Segments.count(text), receipt, 0,
                now + centre.settings().defaultValidity().toMillis());
    }
}
