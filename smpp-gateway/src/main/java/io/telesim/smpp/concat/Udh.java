package io.telesim.smpp.concat;

import io.telesim.smpp.SmppRejection;
import org.jsmpp.SMPPConstant;

/**
 * The user data header (GSM 03.40 §9.2.3.24) at the front of a short_message whose esm_class has
 * the UDHI bit (0x40): a length octet (UDHL), then information elements of one identifier octet
 * (IEI), one length octet (IEL) and IEL data octets. The server checks esm_class; this reads the
 * header.
 */
public final class Udh {

    /** Concatenated short message, 8-bit reference: IEL 3 (reference, total, sequence). */
    public static final int IEI_CONCAT_8BIT = 0x00;
    /** Concatenated short message, 16-bit reference: IEL 4 (reference high, low, total, sequence). */
    public static final int IEI_CONCAT_16BIT = 0x08;
    /** The octets of a UDH holding only an 8-bit concatenation element: {@code 05 00 03 ref total seq}. */
    public static final int CONCAT_8BIT_LENGTH = 6;

    private Udh() {
    }

    /**
     * The octets the UDH takes, its length octet included: the text starts there.
     *
     * @throws SmppRejection ESME_RINVMSGLEN when the message is empty, the header is longer than the
     *                       message, or its elements do not fill it exactly
     */
    public static int headerLength(byte[] shortMessage) throws SmppRejection {
        if (shortMessage == null || shortMessage.length == 0) {
            throw invalid("esm_class says short_message starts with a user data header, but short_message is empty");
        }
        int length = (shortMessage[0] & 0xFF) + 1;
        if (length > shortMessage.length) {
            throw invalid("the user data header says it is " + length + " octets (UDHL " + (length - 1)
                    + " plus itself), but short_message has only " + shortMessage.length);
        }
        int at = 1;
        while (at < length) {
            if (at + 1 >= length) {
                throw invalid(String.format("user data header element 0x%02X at octet %d has no length octet before the header ends",
                        shortMessage[at] & 0xFF, at));
            }
            int end = at + 2 + (shortMessage[at + 1] & 0xFF);
            if (end > length) {
                throw invalid(String.format("user data header element 0x%02X at octet %d claims %d octets, past the header's end at %d",
                        shortMessage[at] & 0xFF, at, shortMessage[at + 1] & 0xFF, length));
            }
            at = end;
        }
        return length;
    }

    /**
     * The message's concatenation element, 8-bit (IEI 0x00) or 16-bit (IEI 0x08) reference; the last
     * one when there are several, as GSM 03.40 says for a repeated element.
     *
     * @return the part, or null when the header has no concatenation element
     * @throws SmppRejection ESME_RINVMSGLEN for a malformed header (see {@link #headerLength}), a
     *                       concatenation element of the wrong length, or a part number of 0 or
     *                       above the total
     */
    public static ConcatPart concatenation(byte[] shortMessage) throws SmppRejection {
        int length = headerLength(shortMessage);
        ConcatPart found = null;
        for (int at = 1; at < length; at += 2 + (shortMessage[at + 1] & 0xFF)) {
            int iei = shortMessage[at] & 0xFF;
            int iel = shortMessage[at + 1] & 0xFF;
            if (iei == IEI_CONCAT_8BIT) {
                expectLength(iei, iel, 3);
                found = part(shortMessage[at + 2] & 0xFF, shortMessage[at + 3] & 0xFF, shortMessage[at + 4] & 0xFF);
            } else if (iei == IEI_CONCAT_16BIT) {
                expectLength(iei, iel, 4);
                int reference = ((shortMessage[at + 2] & 0xFF) << 8) | (shortMessage[at + 3] & 0xFF);
                found = part(reference, shortMessage[at + 4] & 0xFF, shortMessage[at + 5] & 0xFF);
            }
        }
        return found;
    }

    /**
     * Writes {@code 05 00 03 ref total seq} at the front of {@code into}.
     *
     * @param reference only its low 8 bits are written
     */
    public static void writeConcatenation8Bit(byte[] into, int reference, int total, int sequence) {
        new ConcatPart(reference & 0xFF, total, sequence);
        into[0] = (byte) (CONCAT_8BIT_LENGTH - 1);
        into[1] = (byte) IEI_CONCAT_8BIT;
        into[2] = 3;
        into[3] = (byte) reference;
        into[4] = (byte) total;
        into[5] = (byte) sequence;
    }

    private static void expectLength(int iei, int iel, int expected) throws SmppRejection {
        if (iel != expected) {
            throw invalid(String.format("concatenation element 0x%02X must be %d octets long, not %d", iei, expected, iel));
        }
    }

    private static ConcatPart part(int reference, int total, int sequence) throws SmppRejection {
        if (sequence < 1 || sequence > total) {
            throw invalid("the concatenation element says part " + sequence + " of " + total
                    + ": parts are numbered from 1 to a total of at least 1");
        }
        return new ConcatPart(reference, total, sequence);
    }

    private static SmppRejection invalid(String reason) {
        return new SmppRejection(SMPPConstant.STAT_ESME_RINVMSGLEN, reason);
    }
}
