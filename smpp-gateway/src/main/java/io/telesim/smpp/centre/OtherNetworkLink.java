package io.telesim.smpp.centre;

import org.jsmpp.bean.MessageState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.smpp.SmppRejection;
import io.telesim.smpp.address.SmppAddresses;
import io.telesim.smpp.address.SmppSender;
import io.telesim.smpp.client.OutboundEsme;
import io.telesim.smpp.client.OutboundListener;
import io.telesim.smpp.client.OutboundMessage;
import io.telesim.smpp.client.OutboundSettings;
import io.telesim.smpp.text.SmsAlphabet;
import io.telesim.smpp.text.Segments;

/**
 * The SMS centre's link to another network's SMSC: messages for numbers that are not ours go out
 * through the outbound ESME client, their receipts end them here (and reach their senders as ours do),
 * and messages the other network sends to our subscribers come in as any other message does.
 */
public final class OtherNetworkLink implements OtherNetworks, OutboundListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OtherNetworkLink.class);
    private static final byte TON_UNKNOWN = 0;
    private static final byte TON_INTERNATIONAL = 1;
    private static final byte TON_ALPHANUMERIC = 5;
    private static final byte NPI_ISDN = 1;
    private static final byte NPI_UNKNOWN = 0;

    private final SmsCentre centre;
    private final OutboundEsme client;

    /** Connects {@code centre} to the SMSC {@code settings} name; the link comes up in the background. */
    public OtherNetworkLink(SmsCentre centre, OutboundSettings settings) {
        this.centre = centre;
        this.client = new OutboundEsme(settings, this);
        centre.connectOtherNetworks(this);
        client.start();
    }

    public OutboundEsme client() {
        return client;
    }

    @Override
    public boolean forward(SmsMessage message) {
        Submission s = message.submission();
        return client.send(new OutboundMessage(message.id(), s.sourceTon(), s.sourceNpi(), s.sourceAddress(), s.destTon(), s.destNpi(),
                s.destinationAddress(), s.esmClass(), s.dataCoding(), s.shortMessage(), true));
    }

    @Override
    public void onAccepted(long localRef, String remoteMessageId) {
        centre.forwarded(localRef, remoteMessageId);
    }

    @Override
    public void onFailed(long localRef, int commandStatus, String reason) {
        centre.forwardFailed(localRef, commandStatus, reason);
    }

    @Override
    public void onReceipt(long localRef, String remoteMessageId, MessageState state, int errorCode, long doneTimeMillis) {
        centre.forwardReceipt(localRef, state, errorCode);
    }

    /** A message from the other network to one of ours: stored and delivered like any other, free of charge. */
    @Override
    public void onIncoming(String source, String destination, byte dataCoding, byte[] shortMessage) {
        try {
            boolean digits = !source.isEmpty() && source.chars().allMatch(Character::isDigit);
            byte sourceTon = digits ? TON_INTERNATIONAL : TON_ALPHANUMERIC;
            byte sourceNpi = digits ? NPI_ISDN : NPI_UNKNOWN;
            SmppSender sender = SmppAddresses.source(sourceTon, sourceNpi, source);
            long recipient = SmppAddresses.destination(TON_UNKNOWN, NPI_ISDN, destination);
            if (centre.routeOf(recipient) != Route.HANDSET) {
                LOG.info("the other network sent a message for {}, which is not ours; dropped", destination);
                return;
            }
            SmsAlphabet alphabet = SmsAlphabet.of(dataCoding);
            String text = alphabet.decode(shortMessage, 0, shortMessage.length);
            long now = centre.clock().now();
            Submission submission = new Submission(Origin.service("other-network"), "", sender, source, sourceTon, sourceNpi, recipient,
                    destination, TON_UNKNOWN, NPI_ISDN, text, dataCoding, (byte) 0, shortMessage, null,
                    Segments.count(alphabet, shortMessage.length), Submission.RECEIPT_NONE, 0,
                    now + centre.settings().defaultValidity().toMillis());
            centre.send(submission, 0);
        } catch (SmppRejection e) {
            LOG.info("a message from the other network from {} to {} is dropped: {}", source, destination, e.getMessage());
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
