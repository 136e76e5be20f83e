package io.telesim.smpp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.extra.NegativeResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BindTest {

    private final SmscFixture fixture = new SmscFixture();

    BindTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void rightCredentialsBindEveryAllowedWay() throws Exception {
        fixture.bind("bank", "secret", BindType.BIND_TX);
        fixture.bind("bank", "secret", BindType.BIND_RX);
        fixture.bind("bank", "secret", BindType.BIND_TRX);

        SmscFixture.await("three sessions", () -> fixture.smsc.boundSessions() == 3);
    }

    @Test
    void wrongBindsAreRefusedWithTheStatusThatNamesWhy() {
        assertEquals(SMPPConstant.STAT_ESME_RINVSYSID, refusal("nobody", "secret", BindType.BIND_TRX));
        assertEquals(SMPPConstant.STAT_ESME_RINVPASWD, refusal("bank", "guess", BindType.BIND_TRX));
        assertEquals(SMPPConstant.STAT_ESME_RBINDFAIL, refusal("quiz", "quizpw", BindType.BIND_TRX), "quiz may bind RX or TX only");
    }

    @Test
    void bindsBeyondTheAccountsLimitAreRefusedAndAClosedBindFreesItsPlace() throws Exception {
        SmscFixture.Client first = fixture.bind("quiz", "quizpw", BindType.BIND_RX);
        fixture.bind("quiz", "quizpw", BindType.BIND_TX);

        assertEquals(SMPPConstant.STAT_ESME_RALYBND, refusal("quiz", "quizpw", BindType.BIND_RX));

        first.session.unbindAndClose();
        SmscFixture.await("the place freed", () -> fixture.smsc.boundSessions() == 1);
        fixture.bind("quiz", "quizpw", BindType.BIND_RX);
    }

    @Test
    void repeatedFailuresAreAnsweredMoreSlowly() {
        // The fixture answers two failures at once, then holds the answer back from a quarter second.
        refusal("shop", "wrong1", BindType.BIND_TRX);
        refusal("shop", "wrong2", BindType.BIND_TRX);
        long start = System.nanoTime();
        int status = refusal("shop", "wrong3", BindType.BIND_TRX);
        long heldMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(SMPPConstant.STAT_ESME_RINVPASWD, status);
        assertTrue(heldMillis >= 240, "the third failure was answered after " + heldMillis + " ms");
    }

    private int refusal(String systemId, String password, BindType type) {
        IOException failure = assertThrows(IOException.class, () -> fixture.bind(systemId, password, type));
        Throwable cause = failure;
        while (cause != null && !(cause instanceof NegativeResponseException)) {
            cause = cause.getCause();
        }
        if (cause == null) {
            throw new AssertionError("the bind failed without a bind_resp status", failure);
        }
        return ((NegativeResponseException) cause).getCommandStatus();
    }
}
