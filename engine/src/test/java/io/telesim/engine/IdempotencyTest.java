package io.telesim.engine;

import static io.telesim.billing.TestNumbers.ANNA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.billing.result.Outcome;

/** A repeated command id returns the first reply and changes nothing: a client may always send again. */
class IdempotencyTest {

    private final EngineFixture f = new EngineFixture(EngineSettings.defaults().withMaxAccounts(100).withRingSize(256)
            .withIdempotencyWindow(8));

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void shouldAnswerARepeatedTopUpWithTheFirstReplyAndChargeNothingTwice() {
        f.provision(ANNA, "go", 10_000);
        Command topUp = new Command().set(CommandType.TOP_UP, 42, ANNA).amount(5_000);

        ReplySnapshot first = f.call(topUp);
        ReplySnapshot again = f.call(topUp);

        assertFalse(first.duplicate());
        assertTrue(again.duplicate());
        assertEquals(first.balance(), again.balance());
        assertEquals(first.time(), again.time());
        assertEquals(15_000, f.read(ANNA).balance());
    }

    @Test
    void shouldRepeatARefusalToo() {
        f.provision(ANNA, "go", 10_000);
        Command refused = new Command().set(CommandType.TOP_UP, 43, ANNA).amount(1);

        assertEquals(Outcome.INVALID_AMOUNT, f.call(refused).outcome());
        assertEquals(Outcome.INVALID_AMOUNT, f.call(refused).outcome());
    }

    @Test
    void shouldApplyAnIdAgainOnceItHasLeftTheRetentionWindow() {
        f.provision(ANNA, "go", 10_000);
        Command topUp = new Command().set(CommandType.TOP_UP, 44, ANNA).amount(1_000);
        f.call(topUp);
        for (int i = 0; i < 8; i++) {
            f.call(f.command(CommandType.TOP_UP, ANNA).amount(1_000));
        }

        ReplySnapshot late = f.call(topUp);

        assertFalse(late.duplicate(), "a window of 8 commands no longer remembers it");
        assertEquals(10_000 + 10 * 1_000, late.balance());
    }
}
