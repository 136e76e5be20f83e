package io.telesim.simulator.web.statement;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.engine.statement.KindFilter;
import io.telesim.engine.statement.StatementRecord;

/**
 * The kinds a statement is filtered and totalled by: calls, SMS, data sessions, USSD requests, and money
 * (top-ups, fees, transfers and every other movement that is not a rated usage).
 */
public enum LineKind {
    CALLS(KindFilter.of(UsageKind.VOICE), "seconds"),
    SMS(KindFilter.of(UsageKind.SMS), "segments"),
    DATA(KindFilter.of(UsageKind.DATA), "bytes"),
    USSD(KindFilter.of(UsageKind.USSD), "requests"),
    MONEY(KindFilter.of(MovementKind.values()), null);

    /** What the API accepts as {@code kind}: every kind's name, and {@code all}. */
    public static final String NAMES = "all, " + Arrays.stream(values()).map(LineKind::apiName).collect(Collectors.joining(", "));

    private final KindFilter filter;
    private final String unit;

    LineKind(KindFilter filter, String unit) {
        this.filter = filter;
        this.unit = unit;
    }

    /** What the kind's volume is counted in (seconds, segments, bytes, requests), or null for money. */
    public String unit() {
        return unit;
    }

    public KindFilter filter() {
        return filter;
    }

    /** The name in the API and on the pages: {@code calls}, {@code sms}, ... */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a record. */
    public static LineKind of(StatementRecord record) {
        UsageKind usage = record.usageKind();
        if (usage == null) {
            return MONEY;
        }
        return switch (usage) {
            case VOICE -> CALLS;
            case SMS -> SMS;
            case DATA -> DATA;
            case USSD -> USSD;
        };
    }

    /** The kind named {@code name}, or null for {@code all} or none; anything else is an IllegalArgumentException. */
    public static LineKind parse(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("all")) {
            return null;
        }
        for (LineKind kind : values()) {
            if (kind.apiName().equalsIgnoreCase(name.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind must be one of " + NAMES + ", not '" + name + "'");
    }
}
