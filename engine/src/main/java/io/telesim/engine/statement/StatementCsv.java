package io.telesim.engine.statement;

import io.telesim.billing.catalog.UsageUnit;
import io.telesim.billing.money.Money;
import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Statement records as CSV (RFC 4180, lines end in CRLF): a header line, then one line per record.
 * Times are ISO-8601 with the offset of the zone the subscriber reads in; money is roubles with two
 * decimals ({@code -12.50}); units appear on usage lines only.
 */
final class StatementCsv {

    static final String HEADER = "time,number,kind,direction,other_party,destination,used_units,unit,"
            + "charged_units,bundle_units,amount,balance_after,item,event_id";
    private static final String LINE_END = "\r\n";

    private final DateTimeFormatter time;

    StatementCsv(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX").withZone(zone);
    }

    void writeHeader(Appendable out) throws IOException {
        out.append(HEADER).append(LINE_END);
    }

    void writeLine(StatementRecord record, Appendable out) throws IOException {
        UsageKind usage = record.usageKind();
        MovementKind movement = record.movementKind();
        DestinationClass destination = record.destination();
        out.append(time.format(Instant.ofEpochMilli(record.timeMillis()))).append(',')
                .append(Long.toString(record.msisdn())).append(',')
                .append(quoted(StatementKind.label(record.kindCode()))).append(',')
                .append(usage != null || !movement.isCredit() ? "outgoing" : "incoming").append(',')
                .append(record.party() == 0 ? "" : PartyNumber.toString(record.party())).append(',')
                .append(destination == null ? "" : destination.name()).append(',');
        if (usage != null) {
            out.append(Long.toString(record.usedUnits())).append(',')
                    .append(unitName(usage.unit())).append(',')
                    .append(Long.toString(record.chargedUnits())).append(',')
                    .append(Long.toString(record.bundleUnits())).append(',');
        } else {
            out.append(",,,,");
        }
        out.append(Money.plain(record.money())).append(',')
                .append(Money.plain(record.balanceAfter())).append(',')
                .append(record.item() == OperationResult.NO_ITEM ? "" : Integer.toString(record.item())).append(',')
                .append(Long.toString(record.eventId()))
                .append(LINE_END);
    }

    private static String unitName(UsageUnit unit) {
        if (unit == null) {
            return "requests";
        }
        return switch (unit) {
            case VOICE_SECONDS -> "seconds";
            case SMS -> "segments";
            case DATA_BYTES -> "bytes";
        };
    }

    /** Labels come from billing-core; quote one if it ever holds a comma or a quote. */
    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
