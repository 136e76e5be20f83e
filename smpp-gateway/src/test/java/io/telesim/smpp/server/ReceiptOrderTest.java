package io.telesim.smpp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** On the wire, as a raw socket sees it: no receipt comes before the response that gave its message id. */
class ReceiptOrderTest {

    private static final int BIND_TRANSCEIVER = 0x00000009;
    private static final int DATA_SM = 0x00000103;
    private static final int DELIVER_SM = 0x00000005;
    private static final int RESPONSE = 0x80000000;
    private static final int MESSAGES = 200;

    private final SmscFixture fixture = new SmscFixture();

    ReceiptOrderTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void everyDataSmReceiptFollowsItsDataSmResp() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", fixture.smsc.port())) {
            socket.setSoTimeout(10_000);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            DataInputStream in = new DataInputStream(socket.getInputStream());
            write(out, BIND_TRANSCEIVER, 1, cStrings("bank", "secret", ""), new byte[] {0x34, 0, 0, 0});
            assertEquals(0, read(in).status());

            for (int i = 0; i < MESSAGES; i++) {
                write(out, DATA_SM, 100 + i, dataSmBody("Bank", Long.toString(SmscFixture.ANNA), "message " + i));
            }
            Set<String> answeredIds = new HashSet<>();
            int receipts = 0;
            while (receipts < MESSAGES) {
                Pdu pdu = read(in);
                if (pdu.commandId() == (DATA_SM | RESPONSE)) {
                    answeredIds.add(cString(pdu.body(), 0));
                } else if (pdu.commandId() == DELIVER_SM) {
                    String text = new String(pdu.body(), StandardCharsets.ISO_8859_1);
                    String id = text.substring(text.indexOf("id:") + 3, text.indexOf(" sub:"));
                    assertTrue(answeredIds.contains(id), "the receipt of " + id + " came before its data_sm_resp");
                    write(out, DELIVER_SM | RESPONSE, pdu.sequence(), new byte[] {0});
                    receipts++;
                }
            }
            assertEquals(MESSAGES, answeredIds.size());
        }
    }

    private record Pdu(int commandId, int status, int sequence, byte[] body) {
    }

    private static Pdu read(DataInputStream in) throws IOException {
        int length = in.readInt();
        Pdu pdu = new Pdu(in.readInt(), in.readInt(), in.readInt(), in.readNBytes(length - 16));
        return pdu;
    }

    private static void write(DataOutputStream out, int commandId, int sequence, byte[]... bodyParts) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : bodyParts) {
            body.writeBytes(part);
        }
        out.writeInt(16 + body.size());
        out.writeInt(commandId);
        out.writeInt(0);
        out.writeInt(sequence);
        out.write(body.toByteArray());
        out.flush();
    }

    private static byte[] dataSmBody(String source, String destination, String text) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(cStrings(""));
        body.writeBytes(new byte[] {5, 0});
        body.writeBytes(cStrings(source));
        body.writeBytes(new byte[] {1, 1});
        body.writeBytes(cStrings(destination));
        body.writeBytes(new byte[] {0, 1, 0});
        byte[] payload = text.getBytes(StandardCharsets.US_ASCII);
        body.writeBytes(new byte[] {0x04, 0x24, (byte) (payload.length >> 8), (byte) payload.length});
        body.writeBytes(payload);
        return body.toByteArray();
    }

    private static byte[] cStrings(String... values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String value : values) {
            bytes.writeBytes(value.getBytes(StandardCharsets.US_ASCII));
            bytes.write(0);
        }
        return bytes.toByteArray();
    }

    private static String cString(byte[] bytes, int from) {
        int end = from;
        while (bytes[end] != 0) {
            end++;
        }
        return new String(bytes, from, end - from, StandardCharsets.US_ASCII);
    }
}
