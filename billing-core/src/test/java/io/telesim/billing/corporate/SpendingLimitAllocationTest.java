package io.telesim.billing.corporate;

import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.ops.BillingRules;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.OperationResult;

/** Rating a number with a spending limit allocates nothing within a month (only the month's first charge may). */
class SpendingLimitAllocationTest {

    private static final int CHARGES = 200_000;
    private static final long NOW = TestTimes.MID_MARCH;

    @Test
    void shouldRateUnderASpendingLimitWithoutAllocating() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        BillingRules rules = new BillingRules(TestCatalogs.standard());
        AccountRecord account = AccountRecord.onHeap();
        OperationResult result = new OperationResult();
        rules.provisioning().provision(account, 79_160_000_001L, rules.catalog().tariffIndex("go"), Long.MAX_VALUE / 8, 0, NOW, result);
        rules.spendingLimits().set(account, Long.MAX_VALUE / 16, NOW, result.reset());
        long sum = rate(rules, account, result);

        long before = threads.getCurrentThreadAllocatedBytes();
        sum += rate(rules, account, result);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(allocated < CHARGES / 64, allocated + " bytes allocated by " + CHARGES + " charges (" + sum + ")");
    }

    private static long rate(BillingRules rules, AccountRecord account, OperationResult result) {
        long sum = 0;
        for (int i = 0; i < CHARGES; i++) {
            result.reset();
            if (i % 2 == 0) {
                rules.rater().chargeSms(account, account, MOSCOW_OTHER, 1, NOW + i, result);
            } else {
                rules.rater().chargeSession(account, account, UsageKind.VOICE, MOSCOW_OTHER, 30 + i % 50, NOW + i, result);
            }
            sum += result.usageMoney();
        }
        return sum + account.spentInMonthOf(NOW);
    }
}
