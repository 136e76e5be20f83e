package io.telesim.simulator.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import io.telesim.billing.catalog.AddOn;
import io.telesim.billing.catalog.Allowance;
import io.telesim.billing.catalog.BonusPolicy;
import io.telesim.billing.catalog.BundleScope;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.Fee;
import io.telesim.billing.catalog.FeePeriod;
import io.telesim.billing.catalog.PriceList;
import io.telesim.billing.catalog.Rounding;
import io.telesim.billing.catalog.ServiceSpec;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.catalog.UsageUnit;
import io.telesim.billing.money.Money;
import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.number.Msisdn;
import io.telesim.billing.number.NumberRange;
import io.telesim.billing.number.Region;
import io.telesim.simulator.text.TextTable;
import io.telesim.simulator.text.Units;
import io.telesim.simulator.yaml.Quantities;

/** Prints a catalog as tables a person can read: tariffs and their prices, services, add-ons, numbering and policies. */
final class CatalogTables {

    private static final DestinationClass[] PRICED = {DestinationClass.ON_NET, DestinationClass.OFF_NET,
            DestinationClass.OTHER_REGION, DestinationClass.INTERNATIONAL, DestinationClass.SHORT};

    private final Catalog catalog;

    CatalogTables(Catalog catalog) {
        this.catalog = catalog;
    }

    void print(PrintWriter out) {
        out.println("Catalog: " + catalog.name() + " (time zone " + catalog.calendar().zone() + "; new subscribers get tariff "
                + catalog.tariff(catalog.defaultTariff()).id() + ")");
        section(out, "Tariffs (bundles are per billing month)", tariffs());
        section(out, "Calls beyond the bundle, per minute", calls());
        section(out, "SMS and internet beyond the bundle", messagesAndData());
        section(out, "Services", services());
        section(out, "Add-on bundles", addOns());
        section(out, "Numbering plan", numbering());
        out.println("Free short numbers: " + String.join(", ", catalog.numbering().freeShortNumbers()));
        out.println();
        out.println("Policies");
        policies(out);
        out.flush();
    }

    private static void section(PrintWriter out, String title, TextTable table) {
        out.println();
        out.println(title);
        table.print(out);
    }

    private TextTable tariffs() {
        TextTable table = new TextTable().left("ID").left("Name").right("Fee").right("Minutes").right("SMS").right("Internet")
                .right("Switch fee").left("Notes");
        for (int i = 0; i < catalog.tariffs().size(); i++) {
            Tariff t = catalog.tariff(i);
            Allowance a = t.allowance();
            table.row(t.id(), t.name(), fee(t.fee()),
                    a.voiceSeconds() == 0 ? "—" : Units.minutes(a.voiceSeconds()) + scope(a.voiceScope()),
                    a.sms() == 0 ? "—" : a.sms() + scope(a.smsScope()),
                    a.dataBytes() == 0 ? "—" : Quantities.formatBytes(a.dataBytes()),
                    t.switchFee() == 0 ? "none" : Money.format(t.switchFee()),
                    notes(i, t));
        }
        return table;
    }

    private String notes(int index, Tariff t) {
        List<String> notes = new ArrayList<>();
        if (index == catalog.defaultTariff()) {
            notes.add("default");
        }
        if (t.isFamily()) {
            notes.add("family: up to " + t.family().maxSims() + " SIMs share the bundles, " + Money.format(t.family().memberMonthlyFee())
                    + "/month per member, leavers go to " + t.family().leaveTariffId());
        }
        if (t.convergent()) {
            notes.add("fee waived while home internet is on");
        }
        return String.join("; ", notes);
    }

    private TextTable calls() {
        TextTable table = new TextTable().left("Tariff").right("On-net").right("Off-net").right("Other region")
                .right("International").right("Short").right("Per call").left("Rounding");
        for (Tariff t : catalog.tariffs()) {
            PriceList p = t.voicePerMinute();
            table.row(t.id(), price(p, PRICED[0]), price(p, PRICED[1]), price(p, PRICED[2]), price(p, PRICED[3]), price(p, PRICED[4]),
                    t.voiceConnectionFee() == 0 ? "none" : Money.format(t.voiceConnectionFee()), voiceRounding(t.voiceRounding()));
        }
        return table;
    }

    private TextTable messagesAndData() {
        TextTable table = new TextTable().left("Tariff").right("SMS on-net").right("Off-net").right("Other region")
                .right("International").right("Short").right("Internet per MB").left("Data rounding").right("USSD");
        for (Tariff t : catalog.tariffs()) {
            PriceList p = t.smsPrices();
            table.row(t.id(), price(p, PRICED[0]), price(p, PRICED[1]), price(p, PRICED[2]), price(p, PRICED[3]), price(p, PRICED[4]),
                    price(t.dataPerMegabyte()), dataRounding(t.dataRounding()), price(t.ussdPrice()));
        }
        return table;
    }

    private TextTable services() {
        TextTable table = new TextTable().left("ID").left("Name").left("USSD").right("Connection").right("Fee")
                .left("Incompatible with").left("Notes");
        for (int i = 0; i < catalog.services().size(); i++) {
            ServiceSpec s = catalog.service(i);
            List<String> incompatible = new ArrayList<>();
            long mask = catalog.incompatibleMask(i);
            for (int j = 0; j < catalog.services().size(); j++) {
                if ((mask & 1L << j) != 0) {
                    incompatible.add(catalog.service(j).id());
                }
            }
            String notes = s.favourites() == null ? "" : "up to " + s.favourites().slots() + " numbers, calls to them "
                    + (s.favourites().voiceDiscountPercent() == 100 ? "free" : s.favourites().voiceDiscountPercent() + "% off");
            table.row(s.id(), s.name(), s.ussdCode() == null ? "—" : s.ussdCode(),
                    s.connectionFee() == 0 ? "free" : Money.format(s.connectionFee()), fee(s.fee()),
                    incompatible.isEmpty() ? "—" : String.join(", ", incompatible), notes);
        }
        return table;
    }

    private TextTable addOns() {
        TextTable table = new TextTable().left("ID").left("Name").right("Holds").right("Price").right("Valid").right("Or points");
        List<BonusPolicy.Reward> rewards = catalog.policies().bonus().rewards();
        for (int i = 0; i < catalog.addOns().size(); i++) {
            AddOn a = catalog.addOn(i);
            String points = "—";
            for (int r = 0; r < rewards.size(); r++) {
                if (catalog.rewardAddOn(r) == i) {
                    points = Long.toString(rewards.get(r).points());
                }
            }
            table.row(a.id(), a.name(), holds(a), Money.format(a.price()), a.validDays() + (a.validDays() == 1 ? " day" : " days"), points);
        }
        return table;
    }

    private TextTable numbering() {
        TextTable table = new TextTable().left("Numbers").left("Operator").left("Kind").left("Region");
        for (NumberRange r : catalog.numbering().ranges()) {
            Region region = catalog.numbering().region(r.region());
            String kind = switch (r.kind()) {
                case OUR_NETWORK -> "ours";
                case OTHER_OPERATOR -> "other operator";
                case ABROAD -> "abroad";
            };
            table.row(new Msisdn(r.from()).formatted() + " .. " + new Msisdn(r.to()).formatted(), r.operator(), kind,
                    region == null ? "—" : region.id() + " " + region.name());
        }
        return table;
    }

    private void policies(PrintWriter out) {
        var p = catalog.policies();
        var promised = p.promisedPayment();
        List<String> tiers = new ArrayList<>();
        for (var tier : promised.fees()) {
            tiers.add(Money.format(tier.fee()) + " up to " + Money.format(tier.upTo()));
        }
        policy(out, "Promised payment", Money.format(promised.minAmount()) + " to " + Money.format(promised.maxAmount())
                + ", due in " + promised.dueDays() + " days; fee " + String.join(", ", tiers) + "; needs " + promised.minAccountAgeDays()
                + " days with us, " + Money.format(promised.minTopUpsLastThreeMonths()) + " topped up in 3 months, a balance of at least "
                + Money.format(promised.minBalance()));
        var transfer = p.transfer();
        policy(out, "Money transfers", Money.format(transfer.minAmount()) + " to " + Money.format(transfer.maxAmount()) + ", at most "
                + Money.format(transfer.maxPerDay()) + " a day; fee " + Money.plain(transfer.feeBasisPoints()) + "% (at least "
                + Money.format(transfer.minFee()) + "); " + Money.format(transfer.minRemainingBalance()) + " must remain");
        var topUp = p.topUp();
        policy(out, "Top-ups", Money.format(topUp.minAmount()) + " to " + Money.format(topUp.maxAmount()) + "; auto top-up "
                + Money.format(topUp.autoMinAmount()) + " to " + Money.format(topUp.autoMaxAmount()));
        var bonus = p.bonus();
        policy(out, "Bonus points", "1 point per " + Money.format(bonus.kopecksPerPointSpent()) + " spent on usage and per "
                + Money.format(bonus.kopecksPerPointToppedUp()) + " topped up; gifts from " + bonus.minGiftPoints()
                + " points, claimable for " + bonus.giftExpiryDays() + " days");
        policy(out, "Tariff change", switch (p.tariffChange().grant()) {
            case FULL -> "the whole month's bundles and fee";
            case PRORATED -> "bundles and fee for the days left in the month";
        });
        var account = p.account();
        policy(out, "Inactivity", "blocked after " + account.inactivityDays() + " days without chargeable activity");
        policy(out, "Voluntary block", "free for " + account.voluntaryBlockFreeDays() + " days, then "
                + Money.format(account.voluntaryBlockDailyFee()) + "/day");
        policy(out, "Low balance notice", "below " + Money.format(account.lowBalanceThreshold()));
        policy(out, "Open sessions", "expire after " + duration(account.reservationValiditySeconds()) + " without an update");
    }

    private static void policy(PrintWriter out, String label, String text) {
        out.println("  " + label + " ".repeat(Math.max(1, 20 - label.length())) + text);
    }

    private static String duration(long seconds) {
        if (seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }

    private static String fee(Fee fee) {
        if (fee.kopecks() == 0) {
            return "none";
        }
        return Money.format(fee.kopecks()) + (fee.period() == FeePeriod.DAILY ? "/day" : "/month");
    }

    private static String price(PriceList prices, DestinationClass destination) {
        return price(prices.price(destination));
    }

    private static String price(long kopecks) {
        if (kopecks == PriceList.BARRED) {
            return "barred";
        }
        return kopecks == 0 ? "free" : Money.format(kopecks);
    }

    private static String scope(BundleScope scope) {
        return switch (scope) {
            case ON_NET -> " on-net";
            case HOME_REGION -> " home region";
            case RUSSIA -> "";
        };
    }

    private static String voiceRounding(Rounding r) {
        if (r.first() == 60 && r.increment() == 60) {
            return "60/60 (per minute)";
        }
        if (r.first() == 1 && r.increment() == 1) {
            return "1/1 (per second)";
        }
        return r + (r.first() == 60 && r.increment() == 1 ? " (first minute, then per second)" : " (seconds)");
    }

    private static String dataRounding(Rounding r) {
        String increment = Quantities.formatBytes(r.increment());
        return r.first() == r.increment() ? "every " + increment
                : "first " + Quantities.formatBytes(r.first()) + ", then every " + increment;
    }

    private static String holds(AddOn a) {
        return a.unit() == UsageUnit.VOICE_SECONDS ? Units.minutes(a.units())
                : a.unit() == UsageUnit.SMS ? a.units() + " SMS" : Quantities.formatBytes(a.units());
    }
}
