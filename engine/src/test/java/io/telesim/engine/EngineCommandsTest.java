package io.telesim.engine;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.Outcome;

/** Commands go through the ring and come back with billing-core's outcome and the account after them. */
class EngineCommandsTest {

    private final EngineFixture f = new EngineFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void shouldReplyWithTheBalanceAndBundlesAfterACommand() {
        ReplySnapshot provisioned = f.provision(ANNA, "go", 100_000);
        ReplySnapshot topUp = f.call(f.command(CommandType.TOP_UP, ANNA).amount(50_000));

        assertEquals(Outcome.OK, provisioned.outcome());
        assertEquals(100_000, provisioned.balance());
        assertEquals(AccountStatus.ACTIVE, provisioned.status());
        assertEquals(Outcome.OK, topUp.outcome());
        assertEquals(150_000, topUp.balance());
        assertEquals(f.clock.now(), topUp.time());
    }

    @Test
    void shouldRateACallThroughReserveAndCommit() {
        f.provision(ANNA, "go", 100_000);

        ReplySnapshot reserved = f.call(f.command(CommandType.RESERVE, ANNA).sessionId(7).item(UsageKind.VOICE.ordinal())
                .other(MOSCOW_OTHER).amount(300));
        ReplySnapshot committed = f.call(f.command(CommandType.COMMIT, ANNA).sessionId(7).amount(61));

        assertEquals(Outcome.OK, reserved.outcome());
        assertEquals(300, reserved.grantedUnits());
        assertEquals(Outcome.OK, committed.outcome());
        assertEquals(61, committed.usedUnits());
        assertEquals(DestinationClass.OFF_NET, committed.destinationClass());
        assertEquals(100_000 - committed.usageMoney(), committed.balance());
        assertEquals(255, committed.usageMoney(), "61 s at 2.50 ₽ a minute, per second, rounded up to the kopeck");
    }

    @Test
    void shouldAnswerCommandsForAnUnknownNumberInWords() {
        ReplySnapshot reply = f.call(f.command(CommandType.TOP_UP, BORIS).amount(10_000));

        assertEquals(Outcome.UNKNOWN_SUBSCRIBER, reply.outcome());
        assertNull(reply.status());
    }

    @Test
    void shouldRefuseAnUnknownSessionWithoutTouchingAccounts() {
        f.provision(ANNA, "go", 100_000);

        ReplySnapshot reply = f.call(f.command(CommandType.COMMIT, ANNA).sessionId(404).amount(60));

        assertEquals(Outcome.RESERVATION_UNKNOWN, reply.outcome());
        assertEquals(100_000, f.read(ANNA).balance());
    }

    @Test
    void shouldSeeEveryRepliedCommandInALaterRead() {
        f.provision(ANNA, "go", 100_000);
        for (int i = 0; i < 50; i++) {
            f.engine.submit(f.command(CommandType.CHARGE_SMS, ANNA).other(MOSCOW_OTHER).amount(1), null);
        }

        ReplySnapshot read = f.read(ANNA);

        assertEquals(100_000 - 50 * 250, read.balance(), "50 SMS at 2.50 ₽ were applied before the read");
        assertFalse(read.duplicate());
    }

    @Test
    void shouldTransferMoneyBetweenTwoAccountsInOneCommand() {
        f.provision(ANNA, "go", 100_000);
        f.provision(BORIS, "go", 0);

        ReplySnapshot transfer = f.call(f.command(CommandType.TRANSFER, ANNA).other(BORIS).amount(20_000));

        assertEquals(Outcome.OK, transfer.outcome());
        assertEquals(20_000, f.read(BORIS).balance());
        assertEquals(transfer.balance(), f.read(ANNA).balance());
    }

    @Test
    void shouldCountRepliesAndTimeEachCommandType() {
        f.provision(ANNA, "go", 100_000);
        for (int i = 0; i < 10; i++) {
            f.call(f.command(CommandType.TOP_UP, ANNA).amount(1_000));
        }

        EngineStatus status = f.engine.status();

        assertEquals(11, status.replied());
        assertEquals(1024, status.ringCapacity());
        assertEquals(0, status.engineErrors());
        assertEquals(10, f.engine.metrics().latencySinceStart().get(CommandType.TOP_UP).getTotalCount());
    }
}
