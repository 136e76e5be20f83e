package io.telesim.scenarios.remote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agrona.collections.Long2LongHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.engine.statement.StatementRecord;
import io.telesim.scenarios.check.AuditSource;

/**
 * A running operator's accounts and statements through {@code POST /admin/statements/bulk}, {@value #PER_REQUEST}
 * numbers a request and {@value #REQUESTS} requests at once. Before the traffic, {@link #snapshot} notes each number's
 * newest statement line (its position and the balance it left); the audit then reads only the lines after it, each
 * number's statement opening with a line of the snapshot's balance. So an operator that served other traffic for the
 * same numbers before (an earlier run) reconciles from this run's own opening.
 */
public final class RemoteStatements implements AuditSource {

    private static final int PER_REQUEST = 1_000;
    private static final int REQUESTS = 4;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final long ABSENT = Long.MIN_VALUE;

    private final AdminApi api;
    /** Where each number's statement stood at the snapshot (-1: it had no line yet), and the balance it had then. */
    private final Long2LongHashMap heads = new Long2LongHashMap(ABSENT);
    private final Long2LongHashMap openings = new Long2LongHashMap(ABSENT);

    public RemoteStatements(AdminApi api) {
        this.api = api;
    }

    /**
     * Notes where each number's statement stands; returns what is wrong with numbers that were subscribers already
     * ({@code expectedTariffs}: the tariff the scenario would have given them), and with numbers that are not there.
     */
    public List<String> snapshot(long[] numbers, Map<Long, String> expectedTariffs) {
        List<String> otherTariff = new ArrayList<>();
        List<String> notActive = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int from = 0; from < numbers.length; from += PER_REQUEST * REQUESTS) {
            for (JsonNode subscriber : fetch(numbers, from, Math.min(numbers.length, from + PER_REQUEST * REQUESTS), false)) {
                long number = subscriber.path("number").asLong();
                if (!subscriber.path("found").asBoolean()) {
                    missing.add(Long.toString(number));
                    continue;
                }
                heads.put(number, subscriber.path("head").asLong());
                openings.put(number, subscriber.path("headBalance").asLong());
                String expected = expectedTariffs.get(number);
                String tariff = subscriber.path("tariffId").asText();
                if (expected != null && !expected.equals(tariff)) {
                    otherTariff.add(number + " (" + tariff + ", not " + expected + ")");
                }
                if (expected != null && !"active".equals(subscriber.path("status").asText())) {
                    notActive.add(number + " (" + subscriber.path("status").asText() + ")");
                }
            }
        }
        List<String> problems = new ArrayList<>();
        problem(problems, otherTariff, "were subscribers already on another tariff than the scenario gives them, and keep it");
        problem(problems, notActive, "were subscribers already and are not active");
        problem(problems, missing, "are not subscribers of the target");
        return problems;
    }

    private static void problem(List<String> problems, List<String> numbers, String what) {
        if (!numbers.isEmpty()) {
            problems.add(String.format("%,d numbers %s, e.g. %s", numbers.size(), what, String.join(", ",
                    numbers.subList(0, Math.min(3, numbers.size())))));
        }
    }

    @Override
    public int batch() {
        return PER_REQUEST * REQUESTS;
    }

    @Override
    public void read(long[] numbers, int from, int to, Visitor visitor) {
        for (JsonNode subscriber : fetch(numbers, from, to, true)) {
            long number = subscriber.path("number").asLong();
            if (!subscriber.path("found").asBoolean() || !heads.containsKey(number)) {
                visitor.visit(number, null, List.of());
                continue;
            }
            List<StatementRecord> records = new ArrayList<>();
            // the statement as it stood at the snapshot, in one line
            records.add(new StatementRecord().msisdn(number).movement(MovementKind.OPENING_BALANCE).money(openings.get(number))
                    .balanceAfter(openings.get(number)));
            for (JsonNode row : subscriber.path("rows")) {
                records.add(record(number, row));
            }
            visitor.visit(number, new Account(subscriber.path("balance").asLong(), subscriber.path("voiceLeft").asLong(),
                    subscriber.path("smsLeft").asLong(), subscriber.path("dataLeft").asLong()), records);
        }
    }

    /** Fetches {@code numbers[from, to)}, {@value #PER_REQUEST} a request, all at once; the subscribers in order. */
    private List<JsonNode> fetch(long[] numbers, int from, int to, boolean rows) {
        List<String> bodies = new ArrayList<>();
        for (int start = from; start < to; start += PER_REQUEST) {
            bodies.add(body(numbers, start, Math.min(to, start + PER_REQUEST), rows));
        }
        List<JsonNode> subscribers = new ArrayList<>(to - from);
        for (JsonNode answer : api.postAll("/admin/statements/bulk", bodies, TIMEOUT, "reading statements")) {
            answer.path("subscribers").forEach(subscribers::add);
        }
        return subscribers;
    }

    private String body(long[] numbers, int from, int to, boolean rows) {
        StringBuilder body = new StringBuilder((to - from) * 32).append("{\"numbers\":[");
        for (int i = from; i < to; i++) {
            body.append(i == from ? "" : ",").append(numbers[i]);
        }
        body.append(']');
        if (rows) {
            body.append(",\"after\":[");
            for (int i = from; i < to; i++) {
                long head = heads.get(numbers[i]);
                body.append(i == from ? "" : ",").append(head == ABSENT ? -1 : head);
            }
            body.append(']');
        }
        return body.append('}').toString();
    }

    /** A statement line as the admin API gives it ({@code StatementRow}), with what the audit reads of it. */
    private static StatementRecord record(long number, JsonNode row) {
        StatementRecord record = new StatementRecord().msisdn(number).money(row.path("money").asLong())
                .balanceAfter(row.path("balanceAfter").asLong()).eventId(row.path("commandId").asLong()).timeMillis(row.path("time").asLong())
                .units(row.path("usedUnits").asLong(), row.path("chargedUnits").asLong(), row.path("bundleUnits").asLong());
        String kind = row.path("kind").asText().toUpperCase(Locale.ROOT);
        for (UsageKind usage : UsageKind.values()) {
            if (usage.name().equals(kind)) {
                return record.usage(usage);
            }
        }
        return record.movement(MovementKind.valueOf(kind));
    }
}
