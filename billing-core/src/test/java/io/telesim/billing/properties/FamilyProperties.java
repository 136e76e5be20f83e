package io.telesim.billing.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import io.telesim.billing.account.AccountRecord;

/**
 * F11 shared bundles: however members join, leave, call and browse, the owner's bundles are never
 * overdrawn, every kopeck moves as a movement, a member stays in the family until its sessions on the
 * shared bundles end, and everything held returns when they end.
 */
class FamilyProperties {

    @Property(tries = 300)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void membersSpendTheSharedBundlesWithoutOverdrawingOrLeakingThem(@ForAll("families") List<Op> ops) {
        World world = World.run(Scenarios.CATALOG, Scenarios.START, ops);
        boolean memberUsedSharedBundle = false;

        for (Step step : world.steps()) {
            for (long msisdn : step.after().keySet()) {
                AccountRecord before = step.accountBefore(msisdn);
                AccountRecord after = step.accountAfter(msisdn);
                String where = msisdn + " after " + step.op() + ": " + step.result();
                assertEquals(after.balance() - before.balance(), step.result().netMovement(msisdn), where);
                assertTrue(after.voiceLeft() >= 0 && after.smsLeft() >= 0 && after.dataLeft() >= 0, where);
                assertTrue(after.reservedVoice() >= 0 && after.reservedData() >= 0 && after.reservedMoney() >= 0, where);
            }
            if (step.ends() && step.heldBefore().holder() != step.heldBefore().msisdn()) {
                Held held = step.heldBefore();
                if (held.heldBundle() > 0 || held.heldMoney() > 0) {
                    // A free call holds nothing anywhere, so nothing on the accounts shows it is open.
                    assertEquals(held.holder(), step.accountBefore(held.msisdn()).familyOwner(),
                            () -> "a member left its family during its session " + held);
                }
                memberUsedSharedBundle |= step.result().bundleUnits() > 0;
            }
        }
        for (long msisdn : World.ROSTER) {
            AccountRecord account = world.account(msisdn);
            assertEquals(0, account.reservedMoney() + account.reservedVoice() + account.reservedData(), "held on " + msisdn);
        }
        Statistics.label("member used the shared bundle").collect(memberUsedSharedBundle);
        Statistics.label("member used the shared bundle").coverage(c -> c.check(true).percentage(p -> p > 12));
    }

    @Provide
    Arbitrary<List<Op>> families() {
        return Scenarios.familyScenarios(30, 120);
    }
}
