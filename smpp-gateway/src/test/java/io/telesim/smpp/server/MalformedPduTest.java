package io.telesim.smpp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a broken client sends, written byte by byte on a plain socket. */
class MalformedPduTest {

    private static final int ENQUIRE_LINK = 0x00000015;
    private static final int GENERIC_NACK = 0x80000000;
    private static final int SUBMIT_SM = 0x00000004;

    private final SmscFixture fixture = new SmscFixture();

    MalformedPduTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anUnknownCommandGetsGenericNackAndTheSessionStaysUp() throws Exception {
        try (Socket socket = RawEsme.bound(fixture.smsc.port())) {
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            DataInputStream in = new DataInputStream(socket.getInputStream());

            RawEsme.writePdu(out, 0x00000077, 5, new byte[0]);
            int[] nack = readHeader(in);
            assertEquals(GENERIC_NACK, nack[1]);
            assertEquals(SMPPConstant.STAT_ESME_RINVCMDID, nack[2]);
            assertEquals(5, nack[3]);

            RawEsme.writePdu(out, ENQUIRE_LINK, 6, new byte[0]);
            int[] answer = readHeader(in);
            assertEquals(ENQUIRE_LINK | 0x80000000, answer[1], "the session still answers");
            assertEquals(6, answer[3]);
        }
    }

    @Test
    void aTruncatedSubmitGetsAnErrorAndTheSessionStaysUp() throws Exception {
        try (Socket socket = RawEsme.bound(fixture.smsc.port())) {
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            DataInputStream in = new DataInputStream(socket.getInputStream());

            RawEsme.writePdu(out, SUBMIT_SM, 7, new byte[] {0, 1, 1, '7', '9'});
            int[] answer = readHeader(in);
            assertTrue(answer[2] != 0, "a truncated submit_sm is not accepted");
            assertEquals(7, answer[3]);

            RawEsme.writePdu(out, ENQUIRE_LINK, 8, new byte[0]);
            int[] alive = readHeader(in);
            assertEquals(ENQUIRE_LINK | 0x80000000, alive[1]);
        }
        assertEquals(0, fixture.centre.stats().accepted());
    }

    @Test
    void anAbsurdCommandLengthClosesOnlyThatConnection() throws Exception {
        SmscFixture.Client healthy = fixture.bind("shop", "shoppw", BindType.BIND_TRX);
        try (Socket socket = RawEsme.bound(fixture.smsc.port())) {
            // one write: a server that closes on the first word must not make the test's next write a broken pipe
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            out.writeInt(0x7FFFFFF0);
            out.writeInt(SUBMIT_SM);
            out.writeInt(0);
            out.writeInt(9);
            out.flush();
            socket.setSoTimeout(10_000);
            assertTrue(closedByServer(new DataInputStream(socket.getInputStream())), "the server closes the connection");
        }
        Pdus.submit(healthy.session, "Shop", Long.toString(SmscFixture.ANNA), Pdus.GSM7, Pdus.ascii("still here"));
        fixture.bind("bank", "secret", BindType.BIND_TRX);
    }

    /** Reads one PDU and returns its length, command id, status and sequence; skips enquire_link from the server. */
    private static int[] readHeader(DataInputStream in) throws IOException {
        while (true) {
            int[] header = RawEsme.read(in);
            if (header[1] != ENQUIRE_LINK) {
                return header;
            }
        }
    }

    private static boolean closedByServer(DataInputStream in) throws IOException {
        try {
            while (true) {
                readHeader(in);
            }
        } catch (EOFException | java.net.SocketException e) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }
}
