package io.telesim.billing.ops;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static io.telesim.billing.TestTimes.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestOperator;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/** F10: a number with no chargeable activity for more than 183 days is blocked; a top-up brings it back. */
class InactivityTest {

    private final TestOperator op = TestOperator.standard();
    private final AccountRecord anna = op.subscriber(ANNA, "go", 10_000);

    @Test
    void shouldNotBlockAfterExactly183Days() {
        op.now(at("2025-09-09T12:00"));

        OperationResult cycle = op.dailyCycle(ANNA);

        assertEquals(AccountStatus.ACTIVE, anna.status());
        assertEquals(0, cycle.notices() & Notices.BLOCKED_FOR_INACTIVITY);
    }

    @Test
    void shouldBlockAfterMoreThan183Days() {
        op.now(at("2025-09-09T12:00"));
        op.dailyCycle(ANNA);

        op.now(at("2025-09-10T00:01"));
        OperationResult cycle = op.dailyCycle(ANNA);

        assertEquals(AccountStatus.BLOCKED_INACTIVE, anna.status());
        assertTrue(Notices.has(cycle.notices(), Notices.BLOCKED_FOR_INACTIVITY));
        assertEquals(Outcome.BLOCKED, op.call(ANNA, MOSCOW_OTHER, 60).outcome());
    }

    @Test
    void shouldCountFromTheLastChargeableActivity() {
        op.now(at("2025-06-01T10:00"));
        op.sms(ANNA, MOSCOW_OTHER, 1);

        op.now(at("2025-11-30T10:00"));
        op.dailyCycle(ANNA);

        assertEquals(AccountStatus.ACTIVE, anna.status(), "182 days after the message");
    }

    @Test
    void shouldNotCountFreeCallsAsActivity() {
        op.now(at("2025-06-01T10:00"));
        op.call(ANNA, "0611", 60);

        op.now(at("2025-09-10T00:01"));
        op.dailyCycle(ANNA);

        assertEquals(AccountStatus.BLOCKED_INACTIVE, anna.status());
    }

    @Test
    void shouldApplyTheRuleToTheMillisecond() {
        OperationResult result = new OperationResult();
        long limit = anna.lastActivity() + 183 * TestTimes.DAY;

        assertEquals(Outcome.NOTHING_DUE, op.rules().inactivity().apply(anna, limit, result));
        assertEquals(Outcome.OK, op.rules().inactivity().apply(anna, limit + 1, result));
        assertEquals(AccountStatus.BLOCKED_INACTIVE, anna.status());
    }

    @Test
    void shouldLiftTheInactivityBlockWithATopUp() {
        op.now(at("2025-09-10T00:01"));
        op.dailyCycle(ANNA);

        OperationResult topUp = op.topUp(ANNA, 10_000);

        assertEquals(AccountStatus.ACTIVE, anna.status());
        assertTrue(Notices.has(topUp.notices(), Notices.UNBLOCKED));
        assertEquals(op.now(), anna.lastActivity());
        assertEquals(Outcome.OK, op.call(ANNA, MOSCOW_OTHER, 60).outcome());
    }
}
