package io.telesim.smpp.centre;

import io.telesim.smpp.address.SmppSender;
import io.telesim.smpp.concat.ConcatPart;

/**
 * One message handed to the SMS centre, checked and decoded: from submit_sm, data_sm, one destination of
 * submit_multi, a handset, or Telesim's own senders.
 *
 * @param source          the sender as the recipient will see it
 * @param sourceAddress   the source address as written, with its TON and NPI (kept for forwarding)
 * @param destination     the recipient, a billing-core party number
 * @param text            the decoded text of this message (of this part, when {@code part} is set)
 * @param dataCoding      the data_coding it came with
 * @param shortMessage    the octets as they came (UDH included), forwarded unchanged to other networks
 * @param part            its place in a concatenated message, or null
 * @param segments        the SMS it counts as for rating
 * @param receipt         registered_delivery's SMSC receipt bits: 0 none, 1 on success or failure, 2 on failure
 * @param notBefore       the scheduled delivery time (epoch ms), 0 for at once
 * @param validUntil      when it expires if still undelivered (epoch ms)
 */
public record Submission(Origin origin, String serviceType, SmppSender source, String sourceAddress, byte sourceTon, byte sourceNpi,
                         long destination, String destinationAddress, byte destTon, byte destNpi, String text, byte dataCoding,
                         byte esmClass, byte[] shortMessage, ConcatPart part, int segments, int receipt, long notBefore,
                         long validUntil) {

    public static final int RECEIPT_NONE = 0;
    public static final int RECEIPT_ALWAYS = 1;
    public static final int RECEIPT_ON_FAILURE = 2;

    /** True when a receipt is due for a message that ended {@code delivered} (or not). */
    public boolean wantsReceipt(boolean delivered) {
        return receipt == RECEIPT_ALWAYS || (receipt == RECEIPT_ON_FAILURE && !delivered);
    }

    /** The same message with new content (replace_sm). */
    public Submission withContent(String newText, byte[] newShortMessage, int newSegments, int newReceipt, long newNotBefore,
                                  long newValidUntil) {
        return new Submission(origin, serviceType, source, sourceAddress, sourceTon, sourceNpi, destination, destinationAddress,
                destTon, destNpi, newText, dataCoding, esmClass, newShortMessage, part, newSegments, newReceipt, newNotBefore,
                newValidUntil);
    }
}
