package io.telesim.smpp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsmpp.DefaultPDUSender;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.billing.TestCatalogs;
import io.telesim.smpp.centre.CentreSettings;

/**
 * An ESME that writes thousands of submit_sm without waiting for a single answer (three times as many as a
 * connection lets wait for the engine before it stops reading): every one is answered once, under its own
 * sequence number, with its own message id, whatever order the answers come in.
 */
class PipelinedSubmitTest {

    private static final int MESSAGES = 3 * PendingReplies.MAX_PENDING;

    private final SmscFixture fixture = new SmscFixture(TestCatalogs.standard(), CentreSettings.defaults(java.util.Map.of()),
            List.of(EsmeAccount.open("bulk", "bulkpw")));
    private String lastMessageId;

    PipelinedSubmitTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void everyPipelinedSubmitIsAnsweredOnceUnderItsOwnSequenceNumber() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", fixture.smsc.port())) {
            socket.setSoTimeout(20_000);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            DefaultPDUSender sender = new DefaultPDUSender();
            sender.sendBind(out, BindType.BIND_TX, 1, "bulk", "bulkpw", "", InterfaceVersion.IF_34, TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN, null);
            out.flush();
            assertEquals(0, readResponse(in)[1]);

            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < MESSAGES; i++) {
                        sender.sendSubmitSm(out, 100 + i, "", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bulk",
                                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, Long.toString(i % 2 == 0 ? SmscFixture.ANNA : SmscFixture.BORIS),
                                new ESMClass(), (byte) 0, (byte) 0, null, null, new RegisteredDelivery(0), (byte) 0, new RawDataCoding((byte) 0),
                                (byte) 0, ("message " + i).getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();

            Set<Integer> answered = new HashSet<>();
            Set<String> messageIds = new HashSet<>();
            for (int i = 0; i < MESSAGES; i++) {
                int[] response = readResponse(in);
                assertEquals(SMPPConstant.CID_SUBMIT_SM_RESP, response[0]);
                assertEquals(SMPPConstant.STAT_ESME_ROK, response[1], "submit_sm " + response[2]);
                assertTrue(answered.add(response[2]), "sequence " + response[2] + " answered twice");
                messageIds.add(lastMessageId);
            }
            writer.join(10_000);

            assertEquals(MESSAGES, answered.size());
            assertEquals(MESSAGES, messageIds.size(), "every message has an id of its own");
            assertEquals(MESSAGES, fixture.centre.stats().accepted());
        }
    }

    /** Reads one PDU: its command id, status and sequence; keeps a submit_sm_resp's message id. Skips enquire_link. */
    private int[] readResponse(DataInputStream in) throws IOException {
        while (true) {
            int length = in.readInt();
            int[] header = {in.readInt(), in.readInt(), in.readInt()};
            byte[] body = in.readNBytes(length - 16);
            if (header[0] == SMPPConstant.CID_ENQUIRE_LINK) {
                continue;
            }
            lastMessageId = body.length > 0 ? new String(body, 0, body.length - 1, StandardCharsets.US_ASCII) : null;
            return header;
        }
    }
}
