package io.telesim.simulator.web.plans;

import java.util.Locale;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Allowance;
import io.telesim.billing.catalog.UsageUnit;
import io.telesim.simulator.web.page.Format;
import io.telesim.simulator.web.page.Texts;

/** Bundle units as the API names them ({@code voice_seconds}, {@code sms}, {@code data_bytes}) and as pages show them. */
public final class BundleUnits {

    private static final long MEGABYTE = 1024 * 1024;

    private BundleUnits() {
    }

    public static String name(UsageUnit unit) {
        return unit.name().toLowerCase(Locale.ROOT);
    }

    /** Units in words for the API's {@code ...Text} fields: minutes, messages, megabytes. */
    public static String text(UsageUnit unit, long units) {
        return switch (unit) {
            case VOICE_SECONDS -> Format.minutes(units);
            case SMS -> units + " SMS";
            case DATA_BYTES -> Format.megabytes(units);
        };
    }

    /** Units in the page's language: whole minutes, messages, megabytes (gigabytes from 1 GB). */
    public static String text(Texts t, String unit, long units) {
        return switch (unit) {
            case "voice_seconds" -> t.t("plans.minutes", units / 60);
            case "sms" -> t.t("plans.messages", units);
            default -> data(t, units);
        };
    }

    private static String data(Texts t, long bytes) {
        long gigabyte = 1024 * MEGABYTE;
        if (bytes < gigabyte) {
            return t.t("plans.megabytes", bytes / MEGABYTE);
        }
        // A size shown to people, not money: one decimal is enough.
        String number = bytes % gigabyte == 0 ? Long.toString(bytes / gigabyte) : String.format(Locale.ROOT, "%.1f", bytes / (double) gigabyte);
        return t.t("plans.gigabytes", number);
    }

    /** What {@code allowance} grants a month of {@code unit}. */
    public static long monthly(Allowance allowance, UsageUnit unit) {
        return switch (unit) {
            case VOICE_SECONDS -> allowance.voiceSeconds();
            case SMS -> allowance.sms();
            case DATA_BYTES -> allowance.dataBytes();
        };
    }

    /** What is left of the tariff's own bundle of {@code unit} this period (add-ons not counted). */
    public static long tariffLeft(AccountRecord holder, UsageUnit unit, long now) {
        if (now >= holder.periodEnd()) {
            return 0;
        }
        return switch (unit) {
            case VOICE_SECONDS -> holder.voiceLeft();
            case SMS -> holder.smsLeft();
            case DATA_BYTES -> holder.dataLeft();
        };
    }
}
