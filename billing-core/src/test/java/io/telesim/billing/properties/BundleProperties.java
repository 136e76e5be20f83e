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
import io.telesim.billing.catalog.UsageUnit;
import io.telesim.billing.result.Outcome;

/** Bundles are spent, never overdrawn: no pool, add-on or reservation of units ever goes below zero. */
class BundleProperties {

    @Property(tries = 250)
    void bundlesAndReservedUnitsNeverGoNegative(@ForAll("scenarios") List<Op> ops) {
        World world = World.run(Scenarios.CATALOG, Scenarios.START, ops);

        for (Step step : world.steps()) {
            for (long msisdn : step.after().keySet()) {
                AccountRecord a = step.accountAfter(msisdn);
                String where = msisdn + " after " + step.op();
                assertTrue(a.voiceLeft() >= 0, where);
                assertTrue(a.smsLeft() >= 0, where);
                assertTrue(a.dataLeft() >= 0, where);
                assertTrue(a.reservedVoice() >= 0, where);
                assertTrue(a.reservedData() >= 0, where);
                assertTrue(a.reservedMoney() >= 0, where);
                for (int slot = 0; slot < AccountRecord.ADD_ON_SLOTS; slot++) {
                    assertTrue(a.addOnUnits(slot) >= 0, where);
                }
            }
        }
    }

    @Property(tries = 250)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void theBundleUnitsOfARatedEventAreExactlyWhatTheHoldersBundlesLost(@ForAll("scenarios") List<Op> ops) {
        World world = World.run(Scenarios.CATALOG, Scenarios.START, ops);
        boolean fromBundle = false;

        for (Step step : world.steps()) {
            UsageUnit unit = unitRated(step);
            if (unit == null || step.result().outcome() != Outcome.OK) {
                continue;
            }
            long holder = step.heldBefore() != null ? step.heldBefore().holder() : step.accountBefore(step.subject()).bundleHolder();
            long lost = units(step.accountBefore(holder), unit) - units(step.accountAfter(holder), unit);
            assertEquals(step.result().bundleUnits(), lost, () -> "bundle units of " + step.op() + ": " + step.result());
            fromBundle |= lost > 0;
        }
        Statistics.label("paid from a bundle").collect(fromBundle);
        Statistics.label("paid from a bundle").coverage(c -> c.check(true).percentage(p -> p > 35));
    }

    /** The unit an SMS or a session's end takes from bundles, or null for steps that rate nothing. */
    private static UsageUnit unitRated(Step step) {
        if (step.op() instanceof Op.Sms) {
            return UsageUnit.SMS;
        }
        return step.ends() && step.heldBefore() != null ? step.heldBefore().kind().unit() : null;
    }

    /** Every unit the account holds, expired or not: what consumption can only lower. */
    private static long units(AccountRecord account, UsageUnit unit) {
        long units = switch (unit) {
            case VOICE_SECONDS -> account.voiceLeft();
            case SMS -> account.smsLeft();
            case DATA_BYTES -> account.dataLeft();
        };
        for (int slot = 0; slot < AccountRecord.ADD_ON_SLOTS; slot++) {
            if (account.addOnHolds(slot, unit)) {
                units += account.addOnUnits(slot);
            }
        }
        return units;
    }

    @Provide
    Arbitrary<List<Op>> scenarios() {
        return Scenarios.scenarios(30, 120);
    }
}
