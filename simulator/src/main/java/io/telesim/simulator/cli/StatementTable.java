package io.telesim.simulator.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;

import io.telesim.billing.money.Money;
import io.telesim.billing.number.Msisdn;
import io.telesim.billing.rating.UsageKind;
import io.telesim.simulator.offline.AccountSnapshot;
import io.telesim.simulator.offline.MovementLine;
import io.telesim.simulator.offline.NumberTotals;
import io.telesim.simulator.offline.RatingResult;
import io.telesim.simulator.offline.StatementLine;
import io.telesim.simulator.offline.UsageLine;
import io.telesim.simulator.text.Labels;
import io.telesim.simulator.text.TextTable;
import io.telesim.simulator.text.Units;

/** One number's statement (F7) from an offline run: every event and every fee, with the balance after each. */
final class StatementTable {

    private final RatingResult result;
    private final long msisdn;

    StatementTable(RatingResult result, long msisdn) {
        this.result = result;
        this.msisdn = msisdn;
    }

    void print(PrintWriter out) {
        ZoneOffset zone = result.catalog().calendar().zone();
        AccountSnapshot account = result.accounts().stream().filter(a -> a.msisdn() == msisdn).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(msisdn + " was not rated"));
        out.println("Statement of " + new Msisdn(msisdn).formatted() + " (tariff " + account.tariff() + ") from "
                + Labels.time(result.from(), zone) + " to " + Labels.time(result.to(), zone) + " (" + zone + ")");
        TextTable table = new TextTable().left("Time").left("Event").left("Type").left("Other party").left("Class").right("Usage")
                .right("From bundle").right("Money").right("Balance").left("Note");
        for (StatementLine line : result.statement(msisdn)) {
            if (line instanceof UsageLine usage) {
                table.row(Labels.time(usage.time(), zone), usage.eventId(), usage.kind().label(), usage.otherParty(),
                        Labels.destination(usage.destination()), usage.refused() ? "" : amount(usage.kind(), usage.used()),
                        usage.refused() ? "" : amount(usage.kind(), usage.bundleUnits()),
                        usage.refused() ? "" : Labels.signedMoney(usage.money()), Money.format(usage.balanceAfter()), note(usage));
            } else if (line instanceof MovementLine movement) {
                table.row(Labels.time(movement.time(), zone), "", movement.kind().label()
                        + (movement.item() == null ? "" : " (" + movement.item() + ")"), "", "", "", "",
                        Labels.signedMoney(movement.money()), Money.format(movement.balanceAfter()), "");
            }
        }
        table.print(out);
        NumberTotals totals = NumberTotals.of(result.statement(msisdn));
        out.println();
        out.println("Opening balance " + Money.format(account.openingBalance()) + ", charged " + Money.format(totals.totalCharged())
                + ", balance " + Money.format(account.balance()) + "; " + totals.rated() + " events rated (" + totals.cutShort()
                + " cut short), " + totals.refusedCount() + " refused");
        out.flush();
    }

    private static String note(UsageLine usage) {
        if (usage.refused()) {
            return "refused: " + usage.outcome().reason();
        }
        if (usage.cutShort()) {
            return "cut short: " + amount(usage.kind(), usage.requested()) + " asked, bundles and balance paid for "
                    + amount(usage.kind(), usage.used());
        }
        return "";
    }

    /** Seconds as {@code 2:05}, segments as {@code 2 SMS}, bytes as {@code 1.50 MB}. */
    private static String amount(UsageKind kind, long units) {
        return switch (kind) {
            case VOICE -> Units.duration(units);
            case SMS -> units + " SMS";
            case DATA -> Units.megabytes(units);
            case USSD -> Long.toString(units);
        };
    }
}
