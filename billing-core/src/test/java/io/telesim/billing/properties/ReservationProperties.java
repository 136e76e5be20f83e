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

import io.telesim.billing.Movements;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.BundlePools;
import io.telesim.billing.catalog.Rounding;
import io.telesim.billing.catalog.UsageUnit;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.Outcome;

/**
 * Online charging never gives away what cannot be paid and never keeps what it held: a grant is covered
 * by bundles plus spendable money, a session is charged at most what it held, and once every session
 * has ended nothing is held any more.
 */
class ReservationProperties {

    @Property(tries = 250)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void aReservationNeverGrantsMoreThanBundlesPlusSpendableMoneyCanPay(@ForAll("scenarios") List<Op> ops) {
        World world = World.run(Scenarios.CATALOG, Scenarios.START, ops);
        boolean paidGrant = false;

        for (Step step : world.steps()) {
            if (!(step.op() instanceof Op.StartSession || step.op() instanceof Op.UpdateSession)
                    || step.result().outcome() != Outcome.OK) {
                continue;
            }
            Held after = step.heldAfter();
            long heldMoneyBefore = step.heldBefore() == null ? 0 : step.heldBefore().heldMoney();
            long heldBundleBefore = step.heldBefore() == null ? 0 : step.heldBefore().heldBundle();
            AccountRecord account = step.accountBefore(after.msisdn());
            AccountRecord holder = step.accountBefore(after.holder());
            UsageUnit unit = after.kind().unit();
            String where = step.op() + " " + after;

            assertTrue(after.heldMoney() - heldMoneyBefore <= Math.max(0, account.spendableMoney()), where);
            assertTrue(after.heldBundle() - heldBundleBefore
                    <= BundlePools.available(holder, unit, after.tariffBundle(), after.addOns(), step.now()), where);
            assertTrue(costOfGrant(after) <= after.heldMoney(), where);
            assertEquals(account.reservedMoney() + after.heldMoney() - heldMoneyBefore,
                    step.accountAfter(after.msisdn()).reservedMoney(), where);
            assertEquals(step.result().grantedUnits(), after.granted(), where);
            paidGrant |= after.heldMoney() > 0;
        }
        Statistics.label("money held").collect(paidGrant);
        Statistics.label("money held").coverage(c -> c.check(true).percentage(p -> p > 45));
    }

    @Property(tries = 250)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void theCommittedChargeNeverExceedsWhatWasHeld(@ForAll("scenarios") List<Op> ops) {
        World world = World.run(Scenarios.CATALOG, Scenarios.START, ops);
        boolean charged = false;

        for (Step step : world.steps()) {
            if (!step.ends()) {
                continue;
            }
            Held held = step.heldBefore();
            String where = step.op() + " " + held + ": " + step.result();
            long charge = Movements.amountOf(step.result(), held.msisdn(), MovementKind.USAGE_CHARGE);
            assertEquals(Outcome.OK, step.result().outcome(), where);
            assertTrue(charge <= held.heldMoney(), where);
            assertTrue(step.result().bundleUnits() <= held.heldBundle(), where);
            assertTrue(step.result().usedUnits() <= held.granted(), where);
            assertTrue(step.result().usedUnits() >= held.reported(), "reported usage is always charged: " + where);
            assertEquals(step.result().usageMoney(), charge, where);
            charged |= charge > 0;
        }
        Statistics.label("charged").collect(charged);
        Statistics.label("charged").coverage(c -> c.check(true).percentage(p -> p > 25));
    }

    @Property(tries = 250)
    void endingASessionGivesBackExactlyWhatItHeld(@ForAll("scenarios") List<Op> ops) {
        World world = World.run(Scenarios.CATALOG, Scenarios.START, ops);

        for (Step step : world.steps()) {
            if (!step.ends()) {
                continue;
            }
            Held held = step.heldBefore();
            String where = step.op() + " " + held;
            assertEquals(step.accountBefore(held.msisdn()).reservedMoney() - held.heldMoney(),
                    step.accountAfter(held.msisdn()).reservedMoney(), where);
            assertEquals(reservedUnits(step.accountBefore(held.holder()), held.kind()) - held.heldBundle(),
                    reservedUnits(step.accountAfter(held.holder()), held.kind()), where);
        }
    }

    @Property(tries = 250)
    void nothingIsHeldOnceEverySessionHasEnded(@ForAll("scenarios") List<Op> ops) {
        World world = World.run(Scenarios.CATALOG, Scenarios.START, ops);

        assertEquals(0, world.operator().reservations().size());
        for (long msisdn : World.ROSTER) {
            AccountRecord account = world.account(msisdn);
            assertEquals(0, account.reservedMoney(), "money held on " + msisdn);
            assertEquals(0, account.reservedVoice(), "seconds held on " + msisdn);
            assertEquals(0, account.reservedData(), "bytes held on " + msisdn);
        }
    }

    @Property(tries = 250)
    void usageAloneNeverTakesABalanceBelowTheCreditLimit(@ForAll("usage") List<Op> ops) {
        World world = World.run(Scenarios.CATALOG, Scenarios.START, ops);

        for (Step step : world.steps()) {
            if (step.op() instanceof Op.Provision || step.op() instanceof Op.TopUp) {
                continue;
            }
            for (long msisdn : step.after().keySet()) {
                AccountRecord before = step.accountBefore(msisdn);
                AccountRecord after = step.accountAfter(msisdn);
                if (before.balance() >= -before.creditLimit()) {
                    assertTrue(after.balance() >= -after.creditLimit(), () -> msisdn + " after " + step.op() + ": " + step.result());
                    assertTrue(after.spendableMoney() >= 0 || after.spendableMoney() >= before.spendableMoney(),
                            () -> msisdn + " holds more than it has after " + step.op());
                }
            }
        }
    }

    /** Kopecks the granted units cost at the reservation's locked price, beyond the units its bundle holds. */
    private static long costOfGrant(Held held) {
        if (held.granted() == 0) {
            return 0;
        }
        long charged = Rounding.charged(held.granted(), held.roundingFirst(), held.roundingIncrement());
        long paid = Math.max(0, charged - held.heldBundle());
        long per = held.kind() == UsageKind.DATA ? 1L << 20 : 60;
        long money = held.price() <= 0 || paid == 0 ? 0 : Math.floorDiv(paid * held.price() + per - 1, per);
        return held.connectionFee() + money;
    }

    private static long reservedUnits(AccountRecord holder, UsageKind kind) {
        return kind == UsageKind.DATA ? holder.reservedData() : holder.reservedVoice();
    }

    @Provide
    Arbitrary<List<Op>> scenarios() {
        return Scenarios.scenarios(30, 120);
    }

    @Provide
    Arbitrary<List<Op>> usage() {
        return Scenarios.usageScenarios(30, 120);
    }
}
