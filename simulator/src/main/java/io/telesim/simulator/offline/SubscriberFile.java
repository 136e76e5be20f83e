package io.telesim.simulator.offline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.money.Money;
import io.telesim.billing.number.Msisdn;
import io.telesim.simulator.csv.CsvException;
import io.telesim.simulator.csv.CsvFile;
import io.telesim.simulator.csv.CsvRow;

/**
 * Reads the subscribers CSV: {@code msisdn,tariff,balance_rub}. Numbers are normalised like
 * {@link Msisdn#parse} and must belong to our network; an empty tariff means the catalog's default;
 * the balance is roubles, 0 or more.
 */
public final class SubscriberFile {

    public static final List<String> HEADER = List.of("msisdn", "tariff", "balance_rub");

    private static final int MSISDN = 0;
    private static final int TARIFF = 1;
    private static final int BALANCE = 2;

    private SubscriberFile() {
    }

    public static List<Subscriber> read(Path file, Catalog catalog) {
        List<CsvRow> rows = CsvFile.read(file, HEADER);
        if (rows.isEmpty()) {
            throw new CsvException(file.toString(), 1, "no subscribers after the header");
        }
        List<Subscriber> subscribers = new ArrayList<>(rows.size());
        Map<Long, Integer> firstLine = new HashMap<>();
        for (CsvRow row : rows) {
            long msisdn = msisdn(row, catalog);
            Integer first = firstLine.putIfAbsent(msisdn, row.line());
            if (first != null) {
                throw row.error(MSISDN, new Msisdn(msisdn).formatted() + " is listed twice (first on line " + first + ")");
            }
            subscribers.add(new Subscriber(msisdn, tariff(row, catalog), balance(row), row.line()));
        }
        return subscribers;
    }

    private static long msisdn(CsvRow row, Catalog catalog) {
        try {
            return ourNumber(row.get(MSISDN), catalog);
        } catch (IllegalArgumentException e) {
            throw row.error(MSISDN, e.getMessage());
        }
    }

    private static int tariff(CsvRow row, Catalog catalog) {
        String id = row.get(TARIFF);
        if (id.isEmpty()) {
            return catalog.defaultTariff();
        }
        try {
            return tariffIndex(id, catalog);
        } catch (IllegalArgumentException e) {
            throw row.error(TARIFF, e.getMessage());
        }
    }

    /**
     * A number of our network, written as people write them.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static long ourNumber(String text, Catalog catalog) {
        long msisdn = Msisdn.parseValue(text);
        if (!catalog.numbering().isOnNet(msisdn)) {
            throw new IllegalArgumentException(new Msisdn(msisdn).formatted()
                    + " is not a number of our network (see the numbering plan in 'telesim catalog')");
        }
        return msisdn;
    }

    /**
     * The catalog index of the tariff {@code id}.
     *
     * @throws IllegalArgumentException naming the known tariffs when there is none by that id
     */
    public static int tariffIndex(String id, Catalog catalog) {
        int tariff = catalog.tariffIndex(id);
        if (tariff < 0) {
            throw new IllegalArgumentException("unknown tariff '" + id + "'; known tariffs: "
                    + String.join(", ", catalog.tariffs().stream().map(Tariff::id).toList()));
        }
        return tariff;
    }

    private static long balance(CsvRow row) {
        long kopecks;
        try {
            kopecks = Money.parse(row.get(BALANCE)).kopecks();
        } catch (IllegalArgumentException e) {
            throw row.error(BALANCE, e.getMessage());
        }
        if (kopecks < 0) {
            throw row.error(BALANCE, Money.format(kopecks) + " is negative; an opening balance is 0.00 or more");
        }
        return kopecks;
    }
}
