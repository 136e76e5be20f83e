package io.telesim.simulator.offline;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.telesim.billing.number.Msisdn;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.rating.UsageKind;
import io.telesim.simulator.csv.CsvException;
import io.telesim.simulator.csv.CsvFile;
import io.telesim.simulator.csv.CsvRow;

/**
 * Reads the events CSV: {@code event_id,type,from,to,start,amount}. Ids are unique; type is
 * {@code voice}, {@code sms} or {@code data}; {@code from} is a subscriber; {@code to} is a number
 * (for data, an optional access point name); {@code start} is ISO-8601, in the catalog's zone when it
 * has no offset; {@code amount} is whole seconds, segments or bytes, at least 1.
 */
public final class EventFile {

    public static final List<String> HEADER = List.of("event_id", "type", "from", "to", "start", "amount");

    /** Segments of one concatenated SMS at most (the UDH reference counts to 255). */
    static final int MAX_SMS_SEGMENTS = 255;

    private static final int ID = 0;
    private static final int TYPE = 1;
    private static final int FROM = 2;
    private static final int TO = 3;
    private static final int START = 4;
    private static final int AMOUNT = 5;

    private EventFile() {
    }

    /**
     * @param subscribers     the numbers of the subscribers file
     * @param subscribersFile its name, for the message when {@code from} is not among them
     */
    public static List<UsageEvent> read(Path file, ZoneOffset zone, Set<Long> subscribers, String subscribersFile) {
        List<CsvRow> rows = CsvFile.read(file, HEADER);
        if (rows.isEmpty()) {
            throw new CsvException(file.toString(), 1, "no events after the header; nothing to rate");
        }
        List<UsageEvent> events = new ArrayList<>(rows.size());
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvRow row : rows) {
            String id = row.get(ID);
            if (id.isEmpty()) {
                throw row.error(ID, "is empty; every event needs an id");
            }
            Integer first = firstLine.putIfAbsent(id, row.line());
            if (first != null) {
                throw row.error(ID, "'" + id + "' is used twice (first on line " + first + ")");
            }
            UsageKind kind = kind(row);
            long from = from(row, subscribers, subscribersFile);
            long to = kind == UsageKind.DATA ? 0 : party(row);
            long start;
            try {
                start = EventTime.parse(row.get(START), zone);
            } catch (IllegalArgumentException e) {
                throw row.error(START, e.getMessage());
            }
            events.add(new UsageEvent(id, kind, from, to, row.get(TO), start, amount(row, kind), row.line()));
        }
        return events;
    }

    private static UsageKind kind(CsvRow row) {
        return switch (row.get(TYPE).toLowerCase(Locale.ROOT)) {
            case "voice" -> UsageKind.VOICE;
            case "sms" -> UsageKind.SMS;
            case "data" -> UsageKind.DATA;
            default -> throw row.error(TYPE, "'" + row.get(TYPE) + "' is not one of voice, sms, data");
        };
    }

    private static long from(CsvRow row, Set<Long> subscribers, String subscribersFile) {
        long from;
        try {
            from = Msisdn.parseValue(row.get(FROM));
        } catch (IllegalArgumentException e) {
            throw row.error(FROM, e.getMessage());
        }
        if (!subscribers.contains(from)) {
            throw row.error(FROM, new Msisdn(from).formatted() + " is not in " + subscribersFile);
        }
        return from;
    }

    private static long party(CsvRow row) {
        try {
            return PartyNumber.parse(row.get(TO));
        } catch (IllegalArgumentException e) {
            throw row.error(TO, e.getMessage());
        }
    }

    private static long amount(CsvRow row, UsageKind kind) {
        String unit = switch (kind) {
            case VOICE -> "seconds";
            case SMS -> "segments";
            default -> "bytes";
        };
        String text = row.get(AMOUNT);
        long amount;
        try {
            amount = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw row.error(AMOUNT, "'" + text + "' is not a whole number of " + unit);
        }
        if (amount < 0) {
            throw row.error(AMOUNT, amount + " is negative; give the " + kind.label() + "'s " + unit + ", at least 1");
        }
        if (amount == 0) {
            throw row.error(AMOUNT, "is 0; give the " + kind.label() + "'s " + unit + ", at least 1");
        }
        if (kind == UsageKind.SMS && amount > MAX_SMS_SEGMENTS) {
            throw row.error(AMOUNT, amount + " segments is more than one SMS can have (" + MAX_SMS_SEGMENTS + ")");
        }
        return amount;
    }
}
