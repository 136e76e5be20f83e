package io.telesim.simulator.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.BundlePools;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.UsageUnit;

/**
 * An offline run over a subscribers list and a list of events: every subscriber is provisioned at the
 * time of the earliest event, events are rated in time order (in file order for equal times), and at
 * the end every account is brought up to the latest event's time, so all of them show the same day's
 * fees. The run checks that money is conserved: each closing balance is its opening balance plus every
 * line of its statement.
 */
public final class OfflineRating {

    private OfflineRating() {
    }

    /** @param events at least one */
    public static RatingResult run(Catalog catalog, List<Subscriber> subscribers, List<UsageEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an offline run needs at least one event");
        }
        List<UsageEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparingLong(UsageEvent::start)); // List.sort is stable: equal times keep file order
        long from = ordered.get(0).start();
        long to = ordered.get(ordered.size() - 1).start();

        Map<Long, List<StatementLine>> statements = new LinkedHashMap<>();
        for (Subscriber subscriber : subscribers) {
            statements.put(subscriber.msisdn(), new ArrayList<>());
        }
        OfflineRater rater = new OfflineRater(catalog, subscribers.size(), line -> statements.get(line.msisdn()).add(line));
        for (Subscriber subscriber : subscribers) {
            rater.provision(subscriber, from);
        }
        for (UsageEvent event : ordered) {
            rater.rate(event);
        }
        for (Subscriber subscriber : subscribers) {
            rater.advance(subscriber.msisdn(), to);
        }

        List<AccountSnapshot> accounts = new ArrayList<>(subscribers.size());
        AccountRecord account = new AccountRecord();
        AccountRecord holder = new AccountRecord();
        for (Subscriber subscriber : subscribers) {
            rater.find(subscriber.msisdn(), account);
            rater.find(account.bundleHolder(), holder);
            checkMoneyConserved(subscriber, account.balance(), statements.get(subscriber.msisdn()));
            accounts.add(new AccountSnapshot(subscriber.msisdn(), catalog.tariff(account.tariff()).id(), account.status(),
                    subscriber.openingBalance(), account.balance(), holder.msisdn(),
                    BundlePools.remaining(holder, UsageUnit.VOICE_SECONDS, to), BundlePools.remaining(holder, UsageUnit.SMS, to),
                    BundlePools.remaining(holder, UsageUnit.DATA_BYTES, to), account.bonusPoints()));
        }
        return new RatingResult(catalog, from, to, ordered.size(), List.copyOf(accounts), statements);
    }

    /** The opening balance is itself the first line, so the lines alone must add up to the closing balance. */
    private static void checkMoneyConserved(Subscriber subscriber, long closing, List<StatementLine> lines) {
        long sum = 0;
        for (StatementLine line : lines) {
            sum += line.money();
        }
        if (sum != closing) {
            throw new IllegalStateException("money is not conserved for " + subscriber.msisdn() + ": statement lines add up to "
                    + sum + " kopecks but the balance is " + closing);
        }
    }
}
