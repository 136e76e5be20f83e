package io.telesim.smpp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
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
    private static final int ENQUIRE_LINK = RawEsme.ENQUIRE_LINK;
    private static final int RESPONSE = RawEsme.RESPONSE;

    private final SmscFixture fixture = new SmscFixture(TestCatalogs.standard(), CentreSettings.defaults(Map.of()), List.of(), IDLE);

    IdleEsmeTest() throws IOException {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anEsmeThatAnswersEnquireLinkStaysBound() throws Exception {
        try (Socket socket = RawEsme.bound(fixture.smsc.port())) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            for (int probe = 0; probe < 3; probe++) {
                int[] enquire = RawEsme.read(in);
                assertEquals(ENQUIRE_LINK, enquire[1]);
                RawEsme.writePdu(out, ENQUIRE_LINK | RESPONSE, enquire[3], new byte[0]);
            }
            RawEsme.writePdu(out, ENQUIRE_LINK, 7, new byte[0]);
            int[] answer = RawEsme.read(in);
            while (answer[1] == ENQUIRE_LINK) {
                RawEsme.writePdu(out, ENQUIRE_LINK | RESPONSE, answer[3], new byte[0]);
                answer = RawEsme.read(in);
            }
            assertEquals(List.of(ENQUIRE_LINK | RESPONSE, 7), List.of(answer[1], answer[3]), "still bound after three idle periods");
        }
    }

    @Test
    void anEsmeThatAnswersNothingIsClosedAfterTheNextIdlePeriod() throws Exception {
        try (Socket socket = RawEsme.bound(fixture.smsc.port())) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            long start = System.nanoTime();

            assertEquals(ENQUIRE_LINK, RawEsme.read(in)[1]);
            assertThrows(EOFException.class, () -> RawEsme.read(in), "closed when the enquire_link went unanswered");
            assertEquals(true, System.nanoTime() - start >= 2 * IDLE.toNanos(), "not before the second idle period");
        }
    }
}
