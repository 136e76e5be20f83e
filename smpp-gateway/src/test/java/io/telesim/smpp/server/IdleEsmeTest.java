package io.telesim.smpp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.billing.TestCatalogs;
import io.telesim.smpp.centre.CentreSettings;

/**
 * An ESME silent for the idle timeout is asked enquire_link; one that answers stays bound, one that says nothing
 * until the next idle timeout is closed.
 */
class IdleEsmeTest {

    private static final Duration IDLE = Duration.ofMillis(300);
    private static final int BIND_TRANSCEIVER = 0x00000009;
    private static final int ENQUIRE_LINK = 0x00000015;
    private static final int RESPONSE = 0x80000000;

    private final SmscFixture fixture = new SmscFixture(TestCatalogs.standard(), CentreSettings.defaults(Map.of()), List.of(), IDLE);

    IdleEsmeTest() throws IOException {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anEsmeThatAnswersEnquireLinkStaysBound() throws Exception {
        try (Socket socket = bound()) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            for (int probe = 0; probe < 3; probe++) {
                int[] enquire = readHeader(in);
                assertEquals(ENQUIRE_LINK, enquire[0]);
                writePdu(out, ENQUIRE_LINK | RESPONSE, enquire[1], new byte[0]);
            }
            writePdu(out, ENQUIRE_LINK, 7, new byte[0]);
            int[] answer = readHeader(in);
            while (answer[0] == ENQUIRE_LINK) {
                writePdu(out, ENQUIRE_LINK | RESPONSE, answer[1], new byte[0]);
                answer = readHeader(in);
            }
            assertEquals(List.of(ENQUIRE_LINK | RESPONSE, 7), List.of(answer[0], answer[1]), "still bound after three idle periods");
        }
    }

    @Test
    void anEsmeThatAnswersNothingIsClosedAfterTheNextIdlePeriod() throws Exception {
        try (Socket socket = bound()) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            long start = System.nanoTime();

            assertEquals(ENQUIRE_LINK, readHeader(in)[0]);
            assertThrows(EOFException.class, () -> readHeader(in), "closed when the enquire_link went unanswered");
            assertEquals(true, System.nanoTime() - start >= 2 * IDLE.toNanos(), "not before the second idle period");
        }
    }

    private Socket bound() throws IOException {
        Socket socket = new Socket("127.0.0.1", fixture.smsc.port());
        socket.setSoTimeout(10_000);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String field : new String[] {"bank", "secret", ""}) {
            body.writeBytes(field.getBytes(StandardCharsets.US_ASCII));
            body.write(0);
        }
        body.writeBytes(new byte[] {0x34, 0, 0, 0});
        writePdu(new DataOutputStream(socket.getOutputStream()), BIND_TRANSCEIVER, 1, body.toByteArray());
        int[] response = readHeader(new DataInputStream(socket.getInputStream()));
        assertEquals(BIND_TRANSCEIVER | RESPONSE, response[0]);
        return socket;
    }

    private static void writePdu(DataOutputStream out, int commandId, int sequence, byte[] body) throws IOException {
        ByteArrayOutputStream pdu = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(pdu);
        header.writeInt(16 + body.length);
        header.writeInt(commandId);
        header.writeInt(0);
        header.writeInt(sequence);
        header.write(body);
        out.write(pdu.toByteArray());
        out.flush();
    }

    /** Reads one PDU; returns its command id and sequence. */
    private static int[] readHeader(DataInputStream in) throws IOException {
        int length = in.readInt();
        int[] header = {in.readInt(), in.readInt(), in.readInt()};
        in.skipNBytes(length - 16);
        return new int[] {header[0], header[2]};
    }
}
