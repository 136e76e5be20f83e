package io.telesim.simulator.cli;

import java.io.PrintWriter;
import java.util.Map;

import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.money.Money;
import io.telesim.billing.number.Msisdn;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.Outcome;
import io.telesim.simulator.offline.AccountSnapshot;
import io.telesim.simulator.offline.NumberTotals;
import io.telesim.simulator.offline.RatingResult;
import io.telesim.simulator.text.Labels;
import io.telesim.simulator.text.TextTable;
import io.telesim.simulator.text.Units;
import io.telesim.simulator.yaml.Quantities;

/** The summary of an offline run: final balances and bundles, per-number totals, refusals by reason. */
final class RatingTables {

    private final RatingResult result;

    RatingTables(RatingResult result) {
        this.result = result;
    }

    void print(PrintWriter out) {
        var zone = result.catalog().calendar().zone();
        out.println("Rated " + result.events() + " events of " + result.accounts().size() + " numbers from "
                + Labels.time(result.from(), zone) + " to " + Labels.time(result.to(), zone) + " (" + zone + "), catalog: "
                + result.catalog().name());
        out.println();
        out.println("Balances and bundles left at " + Labels.time(result.to(), zone));
        balances().print(out);
        out.println();
        out.println("Events and charges per number");
        totals().print(out);
        out.println();
        TextTable refusals = refusals();
        if (refusals.rowCount() == 0) {
            out.println("Refused events: none");
        } else {
            out.println("Refused events");
            refusals.print(out);
        }
        out.flush();
    }

    private TextTable balances() {
        TextTable table = new TextTable().left("Number").left("Tariff").left("Status").right("Opening").right("Balance")
                .right("Minutes left").right("SMS left").right("MB left").right("Points").left("Bundles of");
        for (AccountSnapshot a : result.accounts()) {
            table.row(number(a.msisdn()), a.tariff(), a.status() == AccountStatus.ACTIVE ? "active" : a.status().description(),
                    Money.format(a.openingBalance()), Money.format(a.balance()), Units.minutes(a.voiceLeft()), a.smsLeft(),
                    Quantities.megabytes(a.dataLeft(), 1), a.bonusPoints(), a.bundleHolder() == a.msisdn() ? "own" : number(a.bundleHolder()));
        }
        return table;
    }

    private TextTable totals() {
        TextTable table = new TextTable().left("Number").right("Events").right("Rated").right("Cut short").right("Refused")
                .right("Calls").right("SMS").right("Data").right("Tariff fees").right("Service fees").right("Other fees")
                .right("Total charged");
        long[] sum = new long[11];
        for (AccountSnapshot a : result.accounts()) {
            NumberTotals t = NumberTotals.of(result.statement(a.msisdn()));
            long otherFees = t.totalCharged() - t.usageMoney(UsageKind.VOICE) - t.usageMoney(UsageKind.SMS) - t.usageMoney(UsageKind.DATA)
                    - t.moved(MovementKind.TARIFF_FEE) - t.moved(MovementKind.SERVICE_FEE);
            long[] row = {t.events(), t.rated(), t.cutShort(), t.refusedCount(), t.usageMoney(UsageKind.VOICE), t.usageMoney(UsageKind.SMS),
                    t.usageMoney(UsageKind.DATA), t.moved(MovementKind.TARIFF_FEE), t.moved(MovementKind.SERVICE_FEE), otherFees,
                    t.totalCharged()};
            for (int i = 0; i < row.length; i++) {
                sum[i] += row[i];
            }
            table.row(cells(number(a.msisdn()), row));
        }
        table.row(cells("Total", sum));
        return table;
    }

    private static Object[] cells(String first, long[] values) {
        Object[] cells = new Object[values.length + 1];
        cells[0] = first;
        for (int i = 0; i < values.length; i++) {
            // The first four are counts, the rest kopecks.
            cells[i + 1] = i < 4 ? Long.toString(values[i]) : Money.format(values[i]);
        }
        return cells;
    }

    private TextTable refusals() {
        TextTable table = new TextTable().left("Number").left("Why").right("Events");
        for (AccountSnapshot a : result.accounts()) {
            for (Map.Entry<Outcome, Integer> refused : NumberTotals.of(result.statement(a.msisdn())).refused().entrySet()) {
                table.row(number(a.msisdn()), refused.getKey().reason(), refused.getValue());
            }
        }
        return table;
    }

    private static String number(long msisdn) {
        return new Msisdn(msisdn).formatted();
    }
}
