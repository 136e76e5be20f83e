package io.telesim.smpp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** An ESME on a plain socket, for tests that send what no SMPP library would: raw PDUs, or nothing at all. */
final class RawEsme {

    static final int BIND_TRANSCEIVER = 0x00000009;
    static final int ENQUIRE_LINK = 0x00000015;
    static final int RESPONSE = 0x80000000;

    private RawEsme() {
    }

    /** A socket bound as the fixture's "bank" transceiver to the SMSC on {@code port}. */
    static Socket bound(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String field : new String[] {"bank", "secret", ""}) {
            body.writeBytes(field.getBytes(StandardCharsets.US_ASCII));
            body.write(0);
        }
        body.writeBytes(new byte[] {0x34, 0, 0, 0});
        writePdu(new DataOutputStream(socket.getOutputStream()), BIND_TRANSCEIVER, 1, body.toByteArray());
        int[] response = read(new DataInputStream(socket.getInputStream()));
        assertEquals(BIND_TRANSCEIVER | RESPONSE, response[1]);
        assertEquals(0, response[2]);
        return socket;
    }

    static void writePdu(DataOutputStream out, int commandId, int sequence, byte[] body) throws IOException {
        out.writeInt(16 + body.length);
        out.writeInt(commandId);
        out.writeInt(0);
        out.writeInt(sequence);
        out.write(body);
        out.flush();
    }

    /** Reads one PDU and returns its length, command id, status and sequence. */
    static int[] read(DataInputStream in) throws IOException {
        int[] header = {in.readInt(), in.readInt(), in.readInt(), in.readInt()};
        in.skipNBytes(header[0] - 16);
        return header;
    }
}
