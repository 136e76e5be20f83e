package io.telesim.smpp.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

import org.jsmpp.DefaultPDUSender;
import org.jsmpp.PDUStringException;
import org.jsmpp.bean.OptionalParameter;

/**
 * jSMPP's PDU sender, telling when a data_sm_resp has been written: jSMPP reports a sent submit_sm_resp
 * to its listener but not a data_sm_resp, and a message may go out for delivery (and its receipt come
 * back) only after its sender has its id.
 */
final class DataSmRespHook extends DefaultPDUSender {

    private final Consumer<String> onDataSmRespSent;

    DataSmRespHook(Consumer<String> onDataSmRespSent) {
        this.onDataSmRespSent = onDataSmRespSent;
    }

    @Override
    public byte[] sendDataSmResp(OutputStream os, int sequenceNumber, String messageId, OptionalParameter... optionalParameters)
            throws PDUStringException, IOException {
        byte[] pdu = super.sendDataSmResp(os, sequenceNumber, messageId, optionalParameters);
        onDataSmRespSent.accept(messageId);
        return pdu;
    }

    @Override
    public byte[] sendDataSmResp(OutputStream os, int commandStatus, int sequenceNumber, String messageId,
                                 OptionalParameter... optionalParameters) throws PDUStringException, IOException {
        byte[] pdu = super.sendDataSmResp(os, commandStatus, sequenceNumber, messageId, optionalParameters);
        onDataSmRespSent.accept(messageId);
        return pdu;
    }
}
