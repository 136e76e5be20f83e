package io.telesim.simulator.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.number.Msisdn;
import io.telesim.simulator.input.BadInputException;
import io.telesim.simulator.offline.EventFile;
import io.telesim.simulator.offline.OfflineRating;
import io.telesim.simulator.offline.RatingResult;
import io.telesim.simulator.offline.Subscriber;
import io.telesim.simulator.offline.SubscriberFile;
import io.telesim.simulator.offline.UsageEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code telesim rate}: rates a file of usage events offline and prints balances, bundles and totals, or one statement. */
@Command(name = "rate", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Rate calls, SMS and data offline: balances, bundles left, charges.",
        description = {"Rate calls, SMS and data sessions offline with the billing rules, and print",
                "final balances, bundles left and per-number totals, or one number's statement."},
        footer = {"",
                "Subscribers CSV: msisdn,tariff,balance_rub",
                "  e.g. +7 916 000-00-01,smart,500.00 (an empty tariff means the default one)",
                "Events CSV: event_id,type,from,to,start,amount",
                "  type is voice, sms or data; amount is seconds, segments or bytes;",
                "  start is ISO-8601: 2025-03-03T09:05:00 (in the catalog's time zone)",
                "  or 2025-03-03T09:05:00+03:00; for data, 'to' may name an access point.",
                "Subscribers are connected at the time of the earliest event, and events",
                "are rated in time order (in file order for equal times)."})
public final class RateCommand implements Callable<Integer> {

    @Option(names = "--subscribers", required = true, paramLabel = "S.csv", description = "The subscribers to connect.")
    private Path subscribersFile;

    @Option(names = "--events", required = true, paramLabel = "E.csv", description = "The usage events to rate.")
    private Path eventsFile;

    @Mixin
    private CatalogOption catalogOption;

    @Option(names = "--statement", paramLabel = "MSISDN", description = "Print this number's statement (every charge line) instead of the summary.")
    private String statement;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Catalog catalog = catalogOption.load();
        List<Subscriber> subscribers = SubscriberFile.read(subscribersFile, catalog);
        Set<Long> numbers = new HashSet<>();
        subscribers.forEach(s -> numbers.add(s.msisdn()));
        long statementOf = statementNumber(numbers);
        List<UsageEvent> events = EventFile.read(eventsFile, catalog.calendar().zone(), numbers, subscribersFile.toString());
        RatingResult result = OfflineRating.run(catalog, subscribers, events);
        if (statement == null) {
            new RatingTables(result).print(spec.commandLine().getOut());
        } else {
            new StatementTable(result, statementOf).print(spec.commandLine().getOut());
        }
        return 0;
    }

    private long statementNumber(Set<Long> numbers) {
        if (statement == null) {
            return 0;
        }
        long msisdn;
        try {
            msisdn = Msisdn.parseValue(statement);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--statement: " + e.getMessage());
        }
        if (!numbers.contains(msisdn)) {
            throw new BadInputException("--statement: " + new Msisdn(msisdn).formatted() + " is not in " + subscribersFile);
        }
        return msisdn;
    }
}
