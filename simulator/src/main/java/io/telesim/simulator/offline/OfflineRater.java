package io.telesim.simulator.offline;

import java.util.function.Consumer;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.number.Msisdn;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.ops.BillingRules;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.rating.UsageRater;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;
import io.telesim.billing.time.OperatorCalendar;

/**
 * Rates usage offline with billing-core's rules, one event at a time, and reports every line of every
 * statement to a consumer: provisioning, each day's periodic fees (day by day, so each has its own line),
 * and each event.
 *
 * <p>Before an event, the caller's account (and for a family member, the owner's, whose bundles it uses)
 * is brought up to the event's time by the daily cycle. Calls and data sessions are rated as ended
 * sessions ({@link UsageRater#chargeSession}): one the balance could only partly pay for is cut short
 * where the network would have cut it. SMS are charged at once.
 *
 * <p>Single writer: one thread owns the rater and its accounts.
 */
public final class OfflineRater {

    private final Catalog catalog;
    private final BillingRules rules;
    private final UsageRater rater;
    private final OperatorCalendar calendar;
    private final AccountStore accounts;
    private final Consumer<StatementLine> lines;
    private final AccountRecord account = new AccountRecord();
    private final AccountRecord holder = new AccountRecord();
    private final AccountRecord cursor = new AccountRecord();
    private final OperationResult result = new OperationResult();

    /** @param capacity the most accounts it will hold */
    public OfflineRater(Catalog catalog, int capacity, Consumer<StatementLine> lines) {
        this.catalog = catalog;
        this.rules = new BillingRules(catalog);
        this.rater = rules.rater();
        this.calendar = catalog.calendar();
        this.accounts = new AccountStore(capacity);
        this.lines = lines;
    }

    /** Connects a subscriber at {@code at}: opening balance, the first month's fee and bundles, today's daily fees. */
    public void provision(Subscriber subscriber, long at) {
        if (!accounts.claim(subscriber.msisdn(), account)) {
            throw new IllegalStateException("no room for " + subscriber.msisdn() + ", or it is provisioned twice");
        }
        result.reset();
        Outcome outcome = rules.provisioning().provision(account, subscriber.msisdn(), subscriber.tariff(), subscriber.openingBalance(),
                0, at, result);
        if (outcome != Outcome.OK) {
            // The subscriber file was checked against the same rules, so a refusal here is our bug.
            throw new IllegalStateException("provisioning " + subscriber.msisdn() + " was refused: " + outcome.reason());
        }
        reportMovements(subscriber.msisdn(), at);
    }

    /** Rates one event; its {@code from} must have been provisioned. */
    public void rate(UsageEvent event) {
        long now = event.start();
        if (!accounts.find(event.from(), account)) {
            throw new IllegalStateException(event.from() + " was not provisioned");
        }
        advance(account, now);
        if (account.isFamilyMember()) {
            if (!accounts.find(account.bundleHolder(), holder)) {
                throw new IllegalStateException("family owner " + account.bundleHolder() + " of " + event.from() + " is missing");
            }
            advance(holder, now);
        } else {
            holder.wrap(account.buffer(), account.offset());
        }
        if (event.kind() == UsageKind.SMS) {
            rateSms(event, now);
        } else {
            rateSession(event, now);
        }
    }

    /** Runs the daily cycle of {@code msisdn} up to {@code to}, e.g. to close a run at its last event's time. */
    public void advance(long msisdn, long to) {
        if (!accounts.find(msisdn, account)) {
            throw new IllegalStateException(msisdn + " was not provisioned");
        }
        advance(account, to);
    }

    /** Points {@code into} at the account of {@code msisdn}, for reading; false when there is none. */
    public boolean find(long msisdn, AccountRecord into) {
        return accounts.find(msisdn, into);
    }

    private void rateSms(UsageEvent event, long now) {
        result.reset();
        Outcome outcome = rater.chargeSms(account, holder, event.to(), (int) event.amount(), now, result);
        boolean ok = outcome == Outcome.OK;
        lines.accept(new UsageLine(now, event.from(), event.id(), event.kind(), otherParty(event),
                destinationOf(event), event.amount(), ok ? event.amount() : 0, ok ? result.chargedUnits() : 0,
                ok ? result.bundleUnits() : 0, -result.usageMoney(), account.balance(), outcome));
    }

    private void rateSession(UsageEvent event, long now) {
        result.reset();
        Outcome outcome = rater.chargeSession(account, holder, event.kind(), event.to(), event.amount(), now, result);
        boolean ok = outcome == Outcome.OK;
        lines.accept(new UsageLine(now, event.from(), event.id(), event.kind(), otherParty(event), destinationOf(event),
                event.amount(), ok ? result.usedUnits() : 0, ok ? result.chargedUnits() : 0, ok ? result.bundleUnits() : 0,
                -result.usageMoney(), account.balance(), outcome));
    }

    /**
     * Runs the daily cycle one day at a time up to the day of {@code to}, so each day's fees get their own
     * statement lines, dated at the local midnight that starts the day. Day by day is what one run over
     * all the days would do: each day is settled as of its last millisecond, the last day as of {@code to}.
     */
    private void advance(AccountRecord record, long to) {
        int target = calendar.dayIndex(to);
        while (record.lastFeeDay() < target) {
            int day = record.lastFeeDay() + 1;
            long asOf = day == target ? to : calendar.startOfDay(day + 1) - 1;
            result.reset();
            if (rules.dailyCycle().run(record, asOf, result) != Outcome.OK) {
                return;
            }
            reportMovements(record.msisdn(), calendar.startOfDay(day));
        }
    }

    /** Turns the movements of the last operation into statement lines, with the balance after each. */
    private void reportMovements(long msisdn, long time) {
        if (!accounts.find(msisdn, cursor)) {
            throw new IllegalStateException(msisdn + " is missing");
        }
        long balance = cursor.balance() - result.netMovement(msisdn);
        for (int i = 0; i < result.movementCount(); i++) {
            if (result.movementAccount(i) != msisdn) {
                continue;
            }
            MovementKind kind = result.movementKind(i);
            long signed = kind.signed(result.movementAmount(i));
            balance += signed;
            lines.accept(new MovementLine(time, msisdn, kind, itemName(kind, result.movementItem(i)), signed, balance));
        }
    }

    private String itemName(MovementKind kind, int item) {
        if (item == OperationResult.NO_ITEM) {
            return null;
        }
        return switch (kind.item()) {
            case TARIFF -> catalog.tariff(item).id();
            case SERVICE -> catalog.service(item).id();
            case ADD_ON -> catalog.addOn(item).id();
            case NONE -> null;
        };
    }

    private DestinationClass destinationOf(UsageEvent event) {
        return event.kind() == UsageKind.DATA ? null : catalog.numbering().classify(account.region(), event.to());
    }

    /** As people read it: {@code +7 903 123-45-67}, {@code +442071234567}, {@code 0611}, or a data session's access point. */
    private static String otherParty(UsageEvent event) {
        if (event.kind() == UsageKind.DATA) {
            return event.toText();
        }
        return PartyNumber.isZoneSeven(event.to()) ? new Msisdn(event.to()).formatted() : PartyNumber.toString(event.to());
    }
}
