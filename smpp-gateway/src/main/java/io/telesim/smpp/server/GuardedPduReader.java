package io.telesim.smpp.server;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.jsmpp.DefaultPDUReader;
import org.jsmpp.InvalidCommandLengthException;
import org.jsmpp.PDUReader;
import org.jsmpp.PDUSender;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Command;
import org.jsmpp.util.DefaultDecomposer;
import org.jsmpp.util.PDUDecomposer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * jSMPP's PDU reader with two guards it lacks, and the reader of the answers to our own deliver_sm. A command_length outside what SMPP allows ends the
 * connection at once: the stream cannot be trusted any more, and jSMPP would wait for gigabytes. A
 * request whose body does not decode (a truncated submit_sm, say) gets generic_nack with
 * ESME_RINVCMDLEN here, because jSMPP's processor would fail on it without answering; jSMPP then sees
 * only a generic_nack, which it ignores.
 */
final class GuardedPduReader implements PDUReader {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedPduReader.class);
    private static final int HEADER = 16;
    /** The largest PDU we take: a 64 KB message_payload and every other field at its longest. */
    static final int MAX_COMMAND_LENGTH = HEADER + 65_536 + 4_096;
    private static final int GENERIC_NACK = 0x80000000;

    private final DefaultPDUReader reader = new DefaultPDUReader();
    private final PDUDecomposer decomposer = new DefaultDecomposer();
    private final PDUSender sender;
    private final OutputStream out;
    private volatile ReceiverLink link;

    GuardedPduReader(PDUSender sender, OutputStream out) {
        this.sender = sender;
        this.out = out;
    }

    /** Answers to our own deliver_sm go to this link from now on (see {@link ReceiverLink}). */
    void attach(ReceiverLink receiverLink) {
        this.link = receiverLink;
    }

    @Override
    public Command readPDUHeader(DataInputStream in) throws InvalidCommandLengthException, IOException {
        while (true) {
            Command header = reader.readPDUHeader(in);
            if (header.getCommandLength() > MAX_COMMAND_LENGTH) {
                throw new IOException("command_length " + header.getCommandLength() + " is more than an SMPP PDU can be; closing the connection");
            }
            if (header.getCommandId() != SMPPConstant.CID_DELIVER_SM_RESP || !ReceiverLink.isOurs(header.getSequenceNumber())) {
                return header;
            }
            // An answer to a deliver_sm our ReceiverLink wrote: jSMPP never sent it, so it never sees the answer.
            reader.readPDU(in, header);
            ReceiverLink receiver = link;
            if (receiver != null) {
                receiver.answered(header.getSequenceNumber(), header.getCommandStatus());
            }
        }
    }

    @Override
    public byte[] readPDU(DataInputStream in, Command header) throws IOException {
        byte[] pdu = reader.readPDU(in, header);
        if (decodes(header.getCommandId(), pdu)) {
            return pdu;
        }
        LOG.info("a {} PDU (sequence {}) does not decode; answered generic_nack", header.getCommandIdAsHex(), header.getSequenceNumber());
        sender.sendGenericNack(out, SMPPConstant.STAT_ESME_RINVCMDLEN, header.getSequenceNumber());
        header.setCommandId(GENERIC_NACK);
        header.setCommandLength(HEADER);
        return reader.readPDU(in, HEADER, GENERIC_NACK, SMPPConstant.STAT_ESME_RINVCMDLEN, header.getSequenceNumber());
    }

    @Override
    public byte[] readPDU(DataInputStream in, int commandLength, int commandId, int commandStatus, int sequenceNumber) throws IOException {
        return reader.readPDU(in, commandLength, commandId, commandStatus, sequenceNumber);
    }

    /** True when the requests the server takes decode; other commands are left to jSMPP. */
    private boolean decodes(int commandId, byte[] pdu) {
        try {
            switch (commandId) {
                case SMPPConstant.CID_SUBMIT_SM -> {
                    return PduShape.isSubmitSm(pdu);
                }
                case SMPPConstant.CID_DATA_SM -> {
                    return PduShape.isDataSm(pdu);
                }
                case SMPPConstant.CID_SUBMIT_MULTI -> decomposer.submitMulti(pdu);
                case SMPPConstant.CID_QUERY_SM -> decomposer.querySm(pdu);
                case SMPPConstant.CID_CANCEL_SM -> decomposer.cancelSm(pdu);
                case SMPPConstant.CID_REPLACE_SM -> decomposer.replaceSm(pdu);
                case SMPPConstant.CID_BIND_TRANSCEIVER, SMPPConstant.CID_BIND_TRANSMITTER, SMPPConstant.CID_BIND_RECEIVER -> decomposer.bind(pdu);
                default -> {
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
